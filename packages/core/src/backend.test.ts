import { describe, expect, it } from 'vitest';
import { getBackendInfo, ready, setBackend } from './backend.js';

describe('backends in Node', () => {
  it('starts wasm by default with SIMD, single-threaded', async () => {
    const info = await ready();
    expect(['wasm', 'cpu']).toContain(info.name);
    const wasm = await setBackend('wasm');
    expect(wasm).toEqual({ name: 'wasm', simd: true, threads: 1, syncReads: true });
    expect(getBackendInfo()).toEqual(wasm);
  });

  it('switches to cpu and back', async () => {
    expect((await setBackend('cpu')).name).toBe('cpu');
    expect((await setBackend('wasm')).name).toBe('wasm');
  });

  it('explains browser-only and missing backends without breaking the active one', async () => {
    await setBackend('wasm');
    await expect(setBackend('webgl')).rejects.toThrow(/'webgl' backend needs a browser/);
    await expect(setBackend('webgpu')).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    await expect(setBackend('tensorflow')).rejects.toThrow(/@tensorflow\/tfjs-node/);
    await expect(setBackend('gpu' as 'cpu')).rejects.toMatchObject({ code: 'UNKNOWN_BACKEND' });
    expect(getBackendInfo()?.name).toBe('wasm');
  });
});

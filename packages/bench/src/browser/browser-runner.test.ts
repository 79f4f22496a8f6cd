import { describe, expect, it } from 'vitest';
import { BrowserRunner } from './browser-runner.js';
import { chromiumFlags } from './chromium-launch.js';

describe('BrowserRunner', () => {
  it('refuses a missing browser with a typed error naming --browser and the fix', async () => {
    const err = await BrowserRunner.start({ backend: 'webgpu', pages: 1, executablePath: '/nonexistent/chrome' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BACKEND_UNAVAILABLE', param: '--browser' });
    expect((err as Error).message).toMatch(/no(?:ne)? at \/nonexistent\/chrome.*apt-get install chromium.*--browser PATH/);
  });

  it("forces SwiftShader for WebGPU only on the default browser; a user's browser picks its GPU", () => {
    expect(chromiumFlags('webgpu', false)).toContain('--use-webgpu-adapter=swiftshader');
    expect(chromiumFlags('webgpu', true)).not.toContain('--use-webgpu-adapter=swiftshader');
    expect(chromiumFlags('webgpu', true)).toContain('--enable-unsafe-webgpu');
    expect(chromiumFlags('webgl', false).some((f) => f.includes('webgpu'))).toBe(false);
  });
});

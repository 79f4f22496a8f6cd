import { describe, expect, it } from 'vitest';
import type { TrialTask } from '../trials/trial-kinds.js';
import { fromWire, toWire } from './page-protocol.js';

describe('page protocol', () => {
  it("an image task's bytes cross as base64 and come back byte for byte; other tasks pass through", () => {
    // Every byte value, and more than one 32 KiB chunk of the encoder.
    const rgb = Uint8Array.from({ length: 3 * 20_000 }, (_, i) => (i * 7919) % 256);
    const task = { kind: 'image', backend: 'webgl', spec: { image: 'x.png' }, image: { width: 200, height: 100, rgb } } as unknown as TrialTask;
    const wire = toWire(task);
    const json = JSON.parse(JSON.stringify(wire)) as typeof wire;
    const back = fromWire(json) as Extract<TrialTask, { kind: 'image' }>;
    expect(back.image?.width).toBe(200);
    expect(back.image?.height).toBe(100);
    // Second computation: a plain loop over the bytes.
    let same = back.image?.rgb.length === rgb.length;
    for (let i = 0; same && i < rgb.length; i++) same = back.image?.rgb[i] === rgb[i];
    expect(same).toBe(true);
    const ntk = { kind: 'ntk', backend: 'webgpu', spec: { init: 'glorot', seed: 0, depth: 2, width: 8, points: 12, goSteps: 1, trainingSteps: 1 } } as TrialTask;
    expect(fromWire(JSON.parse(JSON.stringify(toWire(ntk))))).toEqual(ntk);
  });
});

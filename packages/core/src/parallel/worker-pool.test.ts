import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createMlp } from '../mlp.js';
import { train } from '../train.js';
import { setBackend } from '../backend.js';
import { disposeWorkerPool, leaseWorkers, workerPoolSize } from './worker-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'mlpinit-pool-'));
const task = pathToFileURL(join(dir, 'task.mjs'));
writeFileSync(
  task,
  `import { threadId } from 'node:worker_threads';
let calls = 0;
export function echo(a) { calls++; return { a, threadId, calls }; }
export function sum(buf) { const v = new Float32Array(buf); let s = 0; for (const x of v) s += x; const out = new Float32Array([s]); return { mlpinitTaskResult: true, value: out, transfer: [out.buffer] }; }
export async function slow(ms) { await new Promise((r) => setTimeout(r, ms)); return ms; }
export function boom() { const e = new Error('opts.k: nope'); throw e; }
`,
);

const xs = Array.from({ length: 64 }, (_, i) => [Math.sin(i), Math.cos(i)]);
const ys = xs.map(([a, b]) => [(a as number) * (b as number)]);

describe('worker pool', () => {
  afterAll(() => disposeWorkerPool());

  it('runs module functions in leased threads, reuses threads, moves buffers, reports task errors', async () => {
    await disposeWorkerPool();
    const a = await leaseWorkers(2);
    expect(workerPoolSize()).toBe(2);
    const r = await Promise.all(a.workers.map((w, i) => w.call<{ a: number; threadId: number; calls: number }>(task, 'echo', i)));
    expect(r.map((x) => x.a)).toEqual([0, 1]);
    expect(new Set(r.map((x) => x.threadId)).size).toBe(2);
    const buf = new Float32Array([1, 2, 3.5]).buffer;
    const s = await (a.workers[0] as (typeof a.workers)[0]).call<Float32Array>(task, 'sum', buf, [buf]);
    expect(buf.byteLength).toBe(0); // transferred
    expect(Array.from(s)).toEqual([6.5]);
    await expect((a.workers[1] as (typeof a.workers)[0]).call(task, 'boom')).rejects.toThrow(/nope/);
    await expect((a.workers[1] as (typeof a.workers)[0]).call(task, 'missing')).rejects.toThrow(/no function missing/);
    a.release();
    a.release();
    await new Promise((res) => setTimeout(res, 10));
    const b = await leaseWorkers(3);
    expect(workerPoolSize()).toBe(3);
    const again = await Promise.all(b.workers.map((w) => w.call<{ threadId: number; calls: number }>(task, 'echo', 0)));
    // Two of the three threads are the first lease's (module state kept: calls > 1).
    expect(again.filter((x) => r.some((y) => y.threadId === x.threadId))).toHaveLength(2);
    expect(again.filter((x) => x.calls > 1)).toHaveLength(2);
    b.release();
    await disposeWorkerPool();
    expect(workerPoolSize()).toBe(0);
    await expect(leaseWorkers(-1)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', param: 'n' });
  });

  it('a released worker with calls still queued is reused at once (they run first, results still arrive)', async () => {
    await disposeWorkerPool();
    const a = await leaseWorkers(1);
    const late = (a.workers[0] as (typeof a.workers)[0]).call<number>(task, 'slow', 50);
    a.release();
    const b = await leaseWorkers(1);
    expect(workerPoolSize()).toBe(1);
    expect(b.workers[0]).toBe(a.workers[0]);
    const next = await (b.workers[0] as (typeof b.workers)[0]).call<{ calls: number }>(task, 'echo', 2);
    expect(await late).toBe(50);
    expect(next.calls).toBe(1);
    b.release();
  });

  it('data-parallel train reuses the pool across calls and dispose ends it', async () => {
    await setBackend('cpu');
    await disposeWorkerPool();
    const m = createMlp({ sizes: [2, 8, 1], seed: 1 });
    await train(m, { x: xs, y: ys }, { steps: 3, workers: 3 });
    expect(workerPoolSize()).toBe(2);
    await new Promise((res) => setTimeout(res, 10));
    await train(m, { x: xs, y: ys }, { steps: 3, workers: 3 });
    expect(workerPoolSize()).toBe(2);
    await disposeWorkerPool();
    expect(workerPoolSize()).toBe(0);
    // After dispose a new pool starts on demand.
    await train(m, { x: xs, y: ys }, { steps: 2, workers: 2 });
    expect(workerPoolSize()).toBe(1);
    m.dispose();
  });

  it('idle pool threads do not keep a Node process alive', async () => {
    const entry = new URL('../../dist/index.js', import.meta.url).href;
    const script = `import { createMlp, leaseWorkers, setBackend, train } from ${JSON.stringify(entry)};
await setBackend('cpu');
const x = Array.from({ length: 32 }, (_, i) => [i / 32, 1 - i / 32]);
const m = createMlp({ sizes: [2, 4, 1], seed: 0 });
await train(m, { x, y: x.map((r) => [r[0]]) }, { steps: 2, workers: 2 });
const l = await leaseWorkers(1); await l.workers[0].call(${JSON.stringify(task.href)}, 'echo', 1); l.release();
console.log('done');`;
    const file = join(dir, 'exit.mjs');
    writeFileSync(file, script);
    const t0 = performance.now();
    const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 30_000 });
    expect(stdout.trim()).toBe('done');
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { type BackendName, setBackend } from '../backend.js';
import { ensureGradients } from '../register-gradients.js';

ensureGradients();

/** Per-backend context handed to a suite. */
export interface BackendContext {
  backend: BackendName;
  /** Relative tolerance for float32 kernels on this backend. */
  tol: number;
}

/** Float32 tolerance per backend (GPU backends may use half-precision paths). */
export const BACKEND_TOLERANCE: Record<BackendName, number> = {
  cpu: 1e-4,
  wasm: 1e-4,
  tensorflow: 1e-4,
  webgl: 5e-3,
  webgpu: 5e-3,
};

/** Backends each runtime can run; override with MLPINIT_TEST_BACKENDS=cpu,wasm. */
export function availableBackends(): BackendName[] {
  const env = typeof process !== 'undefined' ? process.env?.MLPINIT_TEST_BACKENDS : undefined;
  if (env) return env.split(',').map((s) => s.trim()) as BackendName[];
  const inBrowser = typeof window !== 'undefined';
  if (!inBrowser) return ['cpu', 'wasm'];
  return 'gpu' in navigator ? ['webgl', 'webgpu', 'wasm', 'cpu'] : ['webgl', 'wasm', 'cpu'];
}

/**
 * Runs `suite` once per available backend (like tfjs's `describeWithFlags`),
 * activating the backend first and checking around every test that no tensor
 * leaked (`tf.memory().numTensors` before and after).
 */
export function describeBackends(name: string, suite: (ctx: BackendContext) => void, backends = availableBackends()): void {
  for (const backend of backends) {
    describe(`${name} [${backend}]`, () => {
      let before = 0;
      beforeAll(async () => {
        await setBackend(backend);
      });
      beforeEach(() => {
        before = tf.memory().numTensors;
      });
      afterEach(() => {
        expect(tf.memory().numTensors, 'tensors leaked by this test').toBe(before);
      });
      suite({ backend, tol: BACKEND_TOLERANCE[backend] });
    });
  }
}

/**
 * Reads the tensors `fn` returns (run inside `tf.tidy`) asynchronously and
 * disposes them: how a numeric test reads values on every backend (WebGPU
 * has no reliable synchronous read).
 */
export async function readAll(fn: () => tf.Tensor[]): Promise<Float32Array[]> {
  const ts = tf.tidy(fn);
  try {
    return (await Promise.all(ts.map((t) => t.data()))) as Float32Array[];
  } finally {
    tf.dispose(ts);
  }
}

/** The first value of the tensor `fn` returns (run inside `tf.tidy`), read asynchronously. */
export async function readScalar(fn: () => tf.Tensor): Promise<number> {
  const [v] = await readAll(() => [fn()]);
  return (v as Float32Array)[0] as number;
}

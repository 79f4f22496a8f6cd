import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import './fast-slice.js';
import './fast-trig.js';
import { transpose2d } from './fast-transpose.js';
import { hasKernel } from './kernel-dispatch.js';
import { describeBackends } from './testing/describe-backends.js';

/** The transpose of [[1, 2, 3], [4, 5, 6]]. */
const XT = [
  [1, 4],
  [2, 5],
  [3, 6],
];

describeBackends('kernel dispatch by registration', ({ backend }) => {
  it("core's heap kernels are found by the registry on wasm only", async () => {
    for (const name of ['MlpinitTranspose2D', 'MlpinitContiguousSlice', 'MlpinitSin', 'MlpinitCos']) expect(hasKernel(name)).toBe(backend === 'wasm');
  });

  it('a kernel registered for the active backend is the one an op runs (no backend names in the op)', async () => {
    const name = 'MlpinitTranspose2D';
    const registered = tf.getKernel(name, backend) !== undefined;
    let calls = 0;
    const x = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    if (!registered) {
      const fallback = transpose2d(x);
      expect((await fallback.array())).toEqual(XT);
      fallback.dispose();
      // Register a counting kernel for this backend that delegates to its own Transpose.
      const inner = tf.getKernel('Transpose', backend);
      tf.registerKernel({
        kernelName: name,
        backendName: backend,
        kernelFunc: (args) => {
          calls++;
          return (inner as tf.KernelConfig).kernelFunc({ ...args, attrs: { perm: [1, 0] } });
        },
      });
    }
    try {
      const t = transpose2d(x);
      expect((await t.array())).toEqual(XT);
      t.dispose();
      if (!registered) expect(calls).toBe(1);
    } finally {
      if (!registered) tf.unregisterKernel(name, backend);
      x.dispose();
    }
  });
});

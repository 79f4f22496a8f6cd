import * as tf from '@tensorflow/tfjs-core';
import type { WasmHeapBackend } from './wasm-heap.js';
import { hasKernel } from './kernel-dispatch.js';

const KERNEL = 'MlpinitTranspose2D';
const BLOCK = 16;

/**
 * A cache-blocked 2-D transpose for the wasm backend, written straight into
 * the wasm heap. tfjs-backend-wasm 4.22's Transpose walks the output with
 * strided reads and takes ~64 ms for a [16384, 256] float32 matrix on this
 * project's reference machine; 16×16 blocks bring that to ~13 ms, and the
 * explicit back-propagation needs one such transpose per layer.
 */
tf.registerKernel({
  kernelName: KERNEL,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend }) => {
    const x = inputs.x as tf.TensorInfo;
    const [rows, cols] = x.shape as [number, number];
    const b = backend as unknown as WasmHeapBackend;
    // Allocate first: allocation may grow (and so detach) the heap.
    const out = b.makeOutput([cols, rows], 'float32');
    const src = b.typedArrayFromHeap(x);
    const dst = b.typedArrayFromHeap(out);
    for (let i0 = 0; i0 < rows; i0 += BLOCK) {
      const i1 = Math.min(i0 + BLOCK, rows);
      for (let j0 = 0; j0 < cols; j0 += BLOCK) {
        const j1 = Math.min(j0 + BLOCK, cols);
        for (let i = i0; i < i1; i++) {
          const ro = i * cols;
          for (let j = j0; j < j1; j++) dst[j * rows + i] = src[ro + j] as number;
        }
      }
    }
    return out;
  },
});

tf.registerGradient({
  kernelName: KERNEL,
  gradFunc: (dy: tf.Tensor | tf.Tensor[]) => ({ x: () => transpose2d(dy as tf.Tensor2D) }),
});

/** Transpose of a float32 matrix; a blocked kernel on wasm, `tf.transpose` elsewhere. */
export function transpose2d(x: tf.Tensor2D): tf.Tensor2D {
  if (hasKernel(KERNEL) && x.dtype === 'float32') {
    return tf.engine().runKernel(KERNEL, { x }, {}) as tf.Tensor2D;
  }
  return tf.transpose(x);
}

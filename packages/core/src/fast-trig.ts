import * as tf from '@tensorflow/tfjs-core';
import type { WasmHeapBackend } from './wasm-heap.js';


const SIN = 'MlpinitSin';
const COS = 'MlpinitCos';

/**
 * Element-wise sin and cos for the wasm backend as plain loops over the wasm
 * heap with V8's Math.sin/Math.cos (float64, rounded to float32).
 * tfjs-backend-wasm 4.22's Sin and Cos take ~3 ms for 65k elements on this
 * project's reference machine (~47 ns each, ~15× a sigmoid), which made SIREN
 * (sin activations) train ~3× slower than tanh; the loops take a fraction of that.
 */
for (const [kernelName, fn] of [
  [SIN, Math.sin],
  [COS, Math.cos],
] as const) {
  tf.registerKernel({
    kernelName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend }) => {
      const x = inputs.x as tf.TensorInfo;
      const b = backend as unknown as WasmHeapBackend;
      // Allocate first: allocation may grow (and so detach) the heap.
      const out = b.makeOutput([...x.shape], 'float32');
      const src = b.typedArrayFromHeap(x);
      const dst = b.typedArrayFromHeap(out);
      for (let i = 0; i < src.length; i++) dst[i] = fn(src[i] as number);
      return out;
    },
  });
}

tf.registerGradient({
  kernelName: SIN,
  inputsToSave: ['x'],
  gradFunc: (dy, saved) => ({ x: () => tf.mul(dy as tf.Tensor, fastCos((saved as tf.Tensor[])[0] as tf.Tensor)) }),
});
tf.registerGradient({
  kernelName: COS,
  inputsToSave: ['x'],
  gradFunc: (dy, saved) => ({ x: () => tf.neg(tf.mul(dy as tf.Tensor, fastSin((saved as tf.Tensor[])[0] as tf.Tensor))) }),
});

const useKernel = (x: tf.Tensor): boolean => tf.getBackend() === 'wasm' && x.dtype === 'float32';

/** Element-wise sine: a heap loop on wasm (see above), `tf.sin` elsewhere. */
export function fastSin<T extends tf.Tensor>(x: T): T {
  return (useKernel(x) ? tf.engine().runKernel(SIN, { x }, {}) : tf.sin(x)) as T;
}

/** Element-wise cosine: a heap loop on wasm (see above), `tf.cos` elsewhere. */
export function fastCos<T extends tf.Tensor>(x: T): T {
  return (useKernel(x) ? tf.engine().runKernel(COS, { x }, {}) : tf.cos(x)) as T;
}

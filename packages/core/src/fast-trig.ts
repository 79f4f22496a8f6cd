import * as tf from '@tensorflow/tfjs-core';
import type { WasmHeapBackend } from './wasm-heap.js';
import { hasKernel } from './kernel-dispatch.js';

const SIN = 'MlpinitSin';
const COS = 'MlpinitCos';

/**
 * Element-wise sin and cos for the wasm backend as plain loops over the wasm
 * heap with V8's Math.sin/Math.cos (float64, rounded to float32).
 * tfjs-backend-wasm 4.22's Sin and Cos take ~3 ms for 65k elements on this
 * project's reference machine (~47 ns each, ~15× a sigmoid), which made SIREN
 * (sin activations) train ~3× slower than tanh; the loops take a fraction of that.
 * Both take attributes `scale` and `amplitude` (a·sin(s·x)): SIREN's sin(ω₀z)
 * and its derivative ω₀·cos(ω₀z) in one pass each.
 */
for (const [kernelName, fn] of [
  [SIN, Math.sin],
  [COS, Math.cos],
] as const) {
  tf.registerKernel({
    kernelName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const x = inputs.x as tf.TensorInfo;
      const { scale = 1, amplitude = 1 } = (attrs ?? {}) as { scale?: number; amplitude?: number };
      const b = backend as unknown as WasmHeapBackend;
      // Allocate first: allocation may grow (and so detach) the heap.
      const out = b.makeOutput([...x.shape], 'float32');
      const src = b.typedArrayFromHeap(x);
      const dst = b.typedArrayFromHeap(out);
      if (scale === 1 && amplitude === 1) for (let i = 0; i < src.length; i++) dst[i] = fn(src[i] as number);
      else for (let i = 0; i < src.length; i++) dst[i] = amplitude * fn(scale * (src[i] as number));
      return out;
    },
  });
}

const attrsOf = (attrs: unknown): { scale: number; amplitude: number } => {
  const a = (attrs ?? {}) as { scale?: number; amplitude?: number };
  return { scale: a.scale ?? 1, amplitude: a.amplitude ?? 1 };
};

// d/dx a·sin(sx) = a·s·cos(sx); d/dx a·cos(sx) = −a·s·sin(sx).
tf.registerGradient({
  kernelName: SIN,
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const { scale, amplitude } = attrsOf(attrs);
    return { x: () => tf.mul(dy as tf.Tensor, fastCos((saved as tf.Tensor[])[0] as tf.Tensor, scale, amplitude * scale)) };
  },
});
tf.registerGradient({
  kernelName: COS,
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const { scale, amplitude } = attrsOf(attrs);
    return { x: () => tf.mul(dy as tf.Tensor, fastSin((saved as tf.Tensor[])[0] as tf.Tensor, scale, -amplitude * scale)) };
  },
});

const useKernel = (name: string, x: tf.Tensor): boolean => hasKernel(name) && x.dtype === 'float32';

/** a·f(s·x) with tfjs ops (the other backends). */
function viaOps<T extends tf.Tensor>(f: (t: tf.Tensor) => tf.Tensor, x: T, scale: number, amplitude: number): T {
  if (scale === 1 && amplitude === 1) return f(x) as T;
  return tf.tidy(() => {
    const y = f(scale === 1 ? x : tf.mul(x, scale));
    return (amplitude === 1 ? y : tf.mul(y, amplitude)) as T;
  });
}

/** Element-wise `amplitude`·sin(`scale`·x): a heap loop on wasm (see above), tfjs ops elsewhere. */
export function fastSin<T extends tf.Tensor>(x: T, scale = 1, amplitude = 1): T {
  return (useKernel(SIN, x) ? tf.engine().runKernel(SIN, { x }, { scale, amplitude }) : viaOps(tf.sin, x, scale, amplitude)) as T;
}

/** Element-wise `amplitude`·cos(`scale`·x): a heap loop on wasm (see above), tfjs ops elsewhere. */
export function fastCos<T extends tf.Tensor>(x: T, scale = 1, amplitude = 1): T {
  return (useKernel(COS, x) ? tf.engine().runKernel(COS, { x }, { scale, amplitude }) : viaOps(tf.cos, x, scale, amplitude)) as T;
}

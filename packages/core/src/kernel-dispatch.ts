import * as tf from '@tensorflow/tfjs-core';

/**
 * True when the active backend has a kernel registered under `kernelName`:
 * core's own kernels (the wasm heap loops of fast-slice, fast-transpose,
 * fast-trig) are chosen by the kernel registry, never by a backend's name, so
 * registering one for another backend is all it takes to use it there.
 */
export function hasKernel(kernelName: string): boolean {
  return tf.getKernel(kernelName, tf.getBackend()) !== undefined;
}

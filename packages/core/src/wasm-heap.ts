import type * as tf from '@tensorflow/tfjs-core';

/**
 * @internal The two methods of tfjs-backend-wasm's backend that core's own
 * wasm kernels use (fast-transpose, fast-slice, fast-trig): allocate an output
 * in the wasm heap, and view a tensor's data there without copying.
 */
export interface WasmHeapBackend {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  /** A view (no copy) of the tensor's data; detached if a later allocation grows the heap. */
  typedArrayFromHeap(info: tf.TensorInfo): Float32Array | Int32Array | Uint8Array;
}

import * as tf from '@tensorflow/tfjs-core';
import { getBackendInfo } from './backend.js';
import { MlpinitError } from './errors.js';

/**
 * Throws `SYNC_READ_UNSUPPORTED` when the active backend cannot read tensors
 * synchronously (WebGPU without a working canvas read-back: tfjs then returns
 * zeros, not an error). `api` is the synchronous call, `instead` its
 * asynchronous counterpart, both named in the message; `param`, when given,
 * names the argument whose tensor would be read.
 */
export function assertSyncReads(api: string, instead: string, param?: string): void {
  const info = getBackendInfo();
  if (info && !info.syncReads) {
    throw new MlpinitError(
      'SYNC_READ_UNSUPPORTED',
      `${api} reads tensors synchronously, which mlpinit does not do on the ${info.name} backend (tfjs's canvas read-back is slow, and returns zeros on SwiftShader${info.adapter ? `; adapter: ${info.adapter}` : ''}); use ${instead}`,
      param,
    );
  }
}

/** `t.dataSync()` after {@link assertSyncReads}. */
export function readSync(t: tf.Tensor, api: string, instead: string, param?: string): tf.TypedArray {
  assertSyncReads(api, instead, param);
  return t.dataSync() as tf.TypedArray;
}

import * as tf from '@tensorflow/tfjs-core';
import { type BackendInfo, getBackendInfo } from './backend.js';
import { MlpinitError } from './errors.js';

/**
 * Throws `SYNC_READ_UNSUPPORTED` when the active backend cannot read tensors
 * synchronously (WebGPU without a working canvas read-back: tfjs then returns
 * zeros, not an error). `api` is the synchronous call, `instead` its
 * asynchronous counterpart, both named in the message; `param`, when given,
 * names the argument whose tensor would be read.
 */
export function assertSyncReads(api: string, instead: string, param?: string): void {
  if (syncReadsAvailable()) return;
  const info = getBackendInfo();
  throw new MlpinitError(
    'SYNC_READ_UNSUPPORTED',
    `${api} reads tensors synchronously, which mlpinit does not do on the webgpu backend (tfjs's canvas read-back is slow, and returns zeros on SwiftShader${info?.adapter ? `; adapter: ${info.adapter}` : ''}); use ${instead}`,
    param,
  );
}

/**
 * Whether mlpinit reads tensors synchronously on the active backend
 * ({@link BackendInfo.syncReads}; also for a backend activated through tfjs
 * directly): false on webgpu only.
 */
export function syncReadsAvailable(): boolean {
  const info = getBackendInfo();
  if (info) return info.syncReads;
  // `backendName` does not initialize a backend (unlike tf.getBackend()).
  return (tf.engine() as unknown as { backendName: string | null }).backendName !== 'webgpu';
}

/** `t.dataSync()` after {@link assertSyncReads}. */
export function readSync(t: tf.Tensor, api: string, instead: string, param?: string): tf.TypedArray {
  assertSyncReads(api, instead, param);
  return t.dataSync() as tf.TypedArray;
}

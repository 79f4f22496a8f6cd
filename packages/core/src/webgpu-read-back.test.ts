// The WebGPU defect mlpinit works around (listed in the README's backend table):
// tfjs-backend-webgpu 4.22 reads tensors synchronously through a canvas, and on
// Chromium's software adapter (SwiftShader, the only WebGPU of a GPU-less CI
// machine) that read returns zeros for a computed tensor, while the
// asynchronous read is right. mlpinit therefore never reads synchronously on
// webgpu (BackendInfo.syncReads = false) and its synchronous APIs refuse there.
import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { getBackendInfo } from './backend.js';
import { availableBackends, describeBackends } from './testing/describe-backends.js';

const webgpu = availableBackends().filter((b) => b === 'webgpu');

describeBackends(
  'webgpu read-back',
  () => {
    it('async reads are exact; a synchronous read of a GPU-computed tensor gives zeros on SwiftShader', async () => {
      const info = getBackendInfo();
      expect(info?.syncReads).toBe(false);
      // 4,096 values: above tfjs's CPU hand-off threshold (1,000), so the ops run on the GPU.
      const n = 4096;
      const t = tf.tidy(() => tf.add(tf.range(0, n), 1));
      const got = await t.data();
      expect(got.every((v, i) => v === i + 1)).toBe(true);
      const u = tf.tidy(() => tf.mul(tf.range(0, n), 3));
      const sync = u.dataSync();
      if (info?.software) expect(sync.every((v) => v === 0)).toBe(true);
      tf.dispose([t, u]);
    });
  },
  webgpu,
);

it.skipIf(webgpu.length > 0)('webgpu read-back: runs where webgpu is among the test backends', () => {});

import type { Mlp } from '@mlpinit/core';
import { empiricalNtk, ntkLocalization } from '@mlpinit/ntk';
import type { PixelTask } from './pixel-task.js';

/** Points per side of the central grid whose NTK is measured. */
export const NTK_PATCH = 24;
/** Pixels between neighbouring grid points (the grid spans 24 × 3 = 72 px). */
export const NTK_STRIDE = 3;

/**
 * Mean half-width, in pixels, of the network's empirical NTK (@mlpinit/ntk)
 * over a central 24×24 grid of pixels 3 px apart: how far one training pixel's
 * influence reaches at initialization. Compared with the spacing of the
 * training pixels (≈ 1/√fraction pixels) it tells whether the kernel can
 * interpolate between samples (the report's "where GO helps" evidence).
 */
export async function ntkHalfWidthPx(mlp: Mlp, task: PixelTask, signal?: AbortSignal): Promise<number> {
  const stride = Math.max(1, Math.min(NTK_STRIDE, Math.floor(Math.min(task.width, task.height) / NTK_PATCH)));
  const p = Math.min(NTK_PATCH, Math.floor(task.width / stride), Math.floor(task.height / stride));
  const c0 = Math.floor((task.width - p * stride) / 2);
  const r0 = Math.floor((task.height - p * stride) / 2);
  const x: number[][] = [];
  const px: number[][] = [];
  for (let r = 0; r < p; r++) {
    for (let c = 0; c < p; c++) {
      x.push(task.coords[(r0 + r * stride) * task.width + c0 + c * stride] as number[]);
      px.push([c * stride, r * stride]);
    }
  }
  const K = await empiricalNtk(mlp, x, null, signal ? { signal } : {});
  return ntkLocalization(K, px).meanHalfWidth;
}

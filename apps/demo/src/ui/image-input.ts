import type { RgbImage } from '../protocol.js';
import { FormError } from './form.js';

/** Largest file and decoded image the page accepts (a tab has limited memory). */
export const IMAGE_LIMITS = { maxBytes: 40 * 1024 * 1024, maxPixels: 40_000_000 };

/**
 * Decodes an image file locally (it never leaves the browser) and scales it
 * so its longer side is at most `maxSide` pixels, as RGB floats in [0, 1].
 */
export async function decodeImage(blob: Blob, name: string, maxSide: number): Promise<{ image: RgbImage; original: { width: number; height: number } }> {
  if (blob.type && !blob.type.startsWith('image/')) {
    throw new FormError(`${name} is not an image (its type is ${blob.type}); open a PNG, JPEG, WebP or GIF file`);
  }
  if (blob.size === 0) throw new FormError(`${name} is empty`);
  if (blob.size > IMAGE_LIMITS.maxBytes) {
    throw new FormError(`${name} is ${(blob.size / 1048576).toFixed(0)} MB; images up to ${IMAGE_LIMITS.maxBytes / 1048576} MB are accepted`);
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new FormError(`${name} could not be decoded as an image; open a PNG, JPEG, WebP or GIF file`);
  }
  try {
    const { width, height } = bitmap;
    if (width * height > IMAGE_LIMITS.maxPixels) {
      throw new FormError(`${name} is ${width}×${height} pixels, too large to hold in memory here (at most ${IMAGE_LIMITS.maxPixels / 1e6} megapixels)`);
    }
    const scale = Math.min(1, maxSide / Math.max(width, height));
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new FormError('this browser cannot draw to a 2-D canvas');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, w, h);
    const rgba = ctx.getImageData(0, 0, w, h).data;
    const data = new Float32Array(w * h * 3);
    for (let i = 0; i < w * h; i++) {
      data[3 * i] = (rgba[4 * i] as number) / 255;
      data[3 * i + 1] = (rgba[4 * i + 1] as number) / 255;
      data[3 * i + 2] = (rgba[4 * i + 2] as number) / 255;
    }
    return { image: { width: w, height: h, channels: 3, data }, original: { width, height } };
  } finally {
    bitmap.close();
  }
}

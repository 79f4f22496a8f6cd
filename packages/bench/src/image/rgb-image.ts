import { MlpinitError } from '@mlpinit/core';
import { Jimp, ResizeStrategy } from 'jimp';

/** An 8-bit RGB image, row-major, 3 bytes per pixel. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

export { bundledImage } from '../io/bundled-data.js';

/**
 * Decodes a PNG or JPEG (jimp's pure-JS codecs) into RGB, optionally resized
 * with jimp's bilinear resize. Alpha is dropped.
 */
export async function loadRgbImage(path: string, resize?: [number, number]): Promise<RgbImage> {
  let img: Awaited<ReturnType<typeof Jimp.read>>;
  try {
    img = await Jimp.read(path);
  } catch (err) {
    throw new MlpinitError('INVALID_ARGUMENT', `cannot read a PNG or JPEG image from ${path}: ${(err as Error).message}`, '--image');
  }
  if (resize) img.resize({ w: resize[0], h: resize[1], mode: ResizeStrategy.BILINEAR });
  const { width, height, data } = img.bitmap;
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    rgb[3 * p] = data[4 * p] as number;
    rgb[3 * p + 1] = data[4 * p + 1] as number;
    rgb[3 * p + 2] = data[4 * p + 2] as number;
  }
  return { width, height, rgb };
}

/** Encodes RGB pixels as PNG (jimp's pure-JS encoder). */
export async function encodeRgbPng(image: RgbImage): Promise<Buffer> {
  return (await toJimp(image).getBuffer('image/png')) as Buffer;
}

function toJimp(image: RgbImage) {
  const { width, height, rgb } = image;
  const data = Buffer.alloc(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    data[4 * p] = rgb[3 * p] as number;
    data[4 * p + 1] = rgb[3 * p + 1] as number;
    data[4 * p + 2] = rgb[3 * p + 2] as number;
    data[4 * p + 3] = 255;
  }
  return Jimp.fromBitmap({ data, width, height });
}

/** Places equally sized images side by side with a white gap, as one PNG (Figure 5's grid). */
export async function encodeRowPng(images: readonly RgbImage[], gap = 8): Promise<Buffer> {
  const first = images[0];
  if (!first) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one image', 'images');
  const width = images.length * first.width + (images.length - 1) * gap;
  const canvas = new Jimp({ width, height: first.height, color: 0xffffffff });
  images.forEach((im, i) => {
    canvas.composite(toJimp(im), i * (first.width + gap), 0);
  });
  return (await canvas.getBuffer('image/png')) as Buffer;
}

/** Converts predicted colours (float, pixel units) to 8-bit, clipping to [0, 255]. */
export function toRgbBytes(values: ArrayLike<number>, width: number, height: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < rgb.length; i++) rgb[i] = Math.max(0, Math.min(255, Math.round(values[i] as number)));
  return { width, height, rgb };
}

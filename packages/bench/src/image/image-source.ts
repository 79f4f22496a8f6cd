import { basename } from 'node:path';
import { MlpinitError } from '@mlpinit/core';
import { loadRgbImage } from './rgb-image.js';

/** `--size`: the longer side in pixels (aspect kept) or an exact width × height. */
export type ImageSize = { longer: number } | { width: number; height: number };

/** One image of the suite: where it is, the name runs carry, and the size it is resized to. */
export interface ImageSource {
  path: string;
  /** File name, as runs and tables name the image. */
  name: string;
  /** Width × height to resize to (bilinear); absent: native size. */
  resize?: [number, number];
}

/** Parses `--size`: `256` (longer side) or `256x192` (width × height). */
export function parseImageSize(text: string): ImageSize {
  const t = String(text).trim();
  const exact = /^(\d+)x(\d+)$/i.exec(t);
  if (exact) {
    const width = Number(exact[1]);
    const height = Number(exact[2]);
    if (width >= 2 && height >= 2) return { width, height };
  } else if (/^\d+$/.test(t) && Number(t) >= 2) return { longer: Number(t) };
  throw new MlpinitError('INVALID_ARGUMENT', `expected the longer side (e.g. 256) or WxH (e.g. 256x192), got ${JSON.stringify(text)}`, '--size');
}

/** The resize of an image of native `width` × `height` to `size` (longer side: aspect kept, rounded). */
export function resizeTo(width: number, height: number, size: ImageSize): [number, number] {
  if ('width' in size) return [size.width, size.height];
  const f = size.longer / Math.max(width, height);
  return [Math.max(2, Math.round(width * f)), Math.max(2, Math.round(height * f))];
}

/** Resolves an image file and an optional size (reading the native size when the longer side is given). */
export async function imageSource(path: string, size?: ImageSize): Promise<ImageSource> {
  // Reading validates the file up front: a bad --image fails before any training.
  const native = await loadRgbImage(path);
  const name = basename(path);
  if (!size) return { path, name };
  const resize = resizeTo(native.width, native.height, size);
  return resize[0] === native.width && resize[1] === native.height ? { path, name } : { path, name, resize };
}

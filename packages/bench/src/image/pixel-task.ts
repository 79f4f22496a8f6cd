import type { RgbImage } from './rgb-image.js';

/** The regression problem of an image: coordinates → colours, both normalised. */
export interface PixelTask {
  width: number;
  height: number;
  /** Normalised coordinates of every pixel, row-major: [x, y] with zero mean and unit variance per dimension. */
  coords: number[][];
  /** Raw colours of every pixel in pixel units (0–255), [N·3]. */
  colours: Float64Array;
  /** Per-channel mean and std of the training pixels' colours. */
  colourMean: [number, number, number];
  colourStd: [number, number, number];
  /** Bounding box of the normalised coordinates: [[xmin, xmax], [ymin, ymax]]. */
  box: [[number, number], [number, number]];
}

function meanStd(values: ArrayLike<number>, idx: ArrayLike<number>, stride: number, offset: number): [number, number] {
  let s = 0;
  let s2 = 0;
  const n = idx.length;
  for (let i = 0; i < n; i++) {
    const v = values[(idx[i] as number) * stride + offset] as number;
    s += v;
    s2 += v * v;
  }
  const m = s / n;
  return [m, Math.sqrt(Math.max(s2 / n - m * m, 1e-12))];
}

/**
 * Builds the pixel regression task: column/row coordinates standardised over
 * the whole image (zero mean, unit variance per dimension, the input
 * normalisation GO assumes: Wang & Perdikaris 2021, Sec. 3), colours
 * standardised per channel with the training pixels' statistics.
 */
export function pixelTask(image: RgbImage, train: ArrayLike<number>): PixelTask {
  const { width, height, rgb } = image;
  const n = width * height;
  const mx = (width - 1) / 2;
  const my = (height - 1) / 2;
  // Population std of 0..W−1: sqrt((W² − 1)/12).
  const sx = Math.sqrt((width * width - 1) / 12) || 1;
  const sy = Math.sqrt((height * height - 1) / 12) || 1;
  const coords: number[][] = new Array(n);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) coords[r * width + c] = [(c - mx) / sx, (r - my) / sy];
  }
  const colours = Float64Array.from(rgb);
  const stats = [0, 1, 2].map((ch) => meanStd(colours, train, 3, ch));
  return {
    width,
    height,
    coords,
    colours,
    colourMean: stats.map((s) => s[0]) as [number, number, number],
    colourStd: stats.map((s) => s[1]) as [number, number, number],
    box: [
      [-mx / sx, mx / sx],
      [-my / sy, my / sy],
    ],
  };
}

/** Normalised colours of the given pixels, [k][3]. */
export function normalisedColours(task: PixelTask, idx: ArrayLike<number>): number[][] {
  const out: number[][] = new Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const p = idx[i] as number;
    out[i] = ([0, 1, 2] as const).map((ch) => ((task.colours[3 * p + ch] as number) - task.colourMean[ch]) / task.colourStd[ch]);
  }
  return out;
}

/** Picks entries of a per-pixel RGB array (length 3·N) at the given pixels. */
export function pickPixels(values: ArrayLike<number>, idx: ArrayLike<number>): Float64Array {
  const out = new Float64Array(idx.length * 3);
  for (let i = 0; i < idx.length; i++) {
    const p = idx[i] as number;
    out[3 * i] = values[3 * p] as number;
    out[3 * i + 1] = values[3 * p + 1] as number;
    out[3 * i + 2] = values[3 * p + 2] as number;
  }
  return out;
}

/**
 * The task with the coordinates a family's paper uses: [0, 1] per axis for
 * Fourier features (Tancik et al. 2020), [−1, 1] for SIREN (Sitzmann et al.
 * 2020, their `get_mgrid`), the standardised ones otherwise. Colours and
 * pixels are unchanged.
 */
export function withFamilyCoordinates(task: PixelTask, family: 'tanh' | 'fourier' | 'siren'): PixelTask {
  if (family === 'tanh') return task;
  const { width, height } = task;
  const [lo, hi] = family === 'fourier' ? [0, 1] : [-1, 1];
  const sx = width > 1 ? (hi - lo) / (width - 1) : 0;
  const sy = height > 1 ? (hi - lo) / (height - 1) : 0;
  const coords: number[][] = new Array(width * height);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) coords[r * width + c] = [lo + c * sx, lo + r * sy];
  }
  return {
    ...task,
    coords,
    box: [
      [lo, width > 1 ? hi : lo],
      [lo, height > 1 ? hi : lo],
    ],
  };
}

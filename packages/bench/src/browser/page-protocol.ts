import type { RgbImage } from '../image/rgb-image.js';
import type { TrialTask } from '../trials/trial-kinds.js';

declare global {
  /** What the page exposes, and the progress callback Node exposes to it. */
  interface Window {
    mlpinitBench?: PageApi;
    mlpinitProgress?: (id: number, done: number, total: number) => Promise<void>;
  }
}

/** A task as it crosses into the page: an image's bytes as base64 (compact, JSON-safe). */
export type WireTask = Omit<TrialTask, 'image'> & { image?: { width: number; height: number; rgbBase64: string } };

/** What the bundled page exposes as `window.mlpinitBench`. */
export interface PageApi {
  /** Starts a backend in the page; resolves to its description and the browser's user agent. */
  setBackend(name: string): Promise<{ name: string; adapter?: string; software?: boolean; syncReads: boolean; userAgent: string }>;
  /** Runs one task; progress goes to `window.mlpinitProgress(id, done, total)`. */
  run(id: number, task: WireTask): Promise<unknown>;
  /** Cancels task `id` (it stops after its current step). */
  abort(id: number): void;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) s += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A task for the wire (the image's bytes as base64). */
export function toWire(task: TrialTask): WireTask {
  if (task.kind !== 'image' || !task.image) return task as WireTask;
  const { image, ...rest } = task;
  return { ...rest, image: { width: image.width, height: image.height, rgbBase64: toBase64(image.rgb) } } as WireTask;
}

/** The task back from the wire. */
export function fromWire(task: WireTask): TrialTask {
  if (task.kind !== 'image' || !task.image) return task as TrialTask;
  const { image, ...rest } = task;
  const rgb: RgbImage = { width: image.width, height: image.height, rgb: fromBase64(image.rgbBase64) };
  return { ...rest, image: rgb } as TrialTask;
}

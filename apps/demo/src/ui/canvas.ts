/** Draws float pixels in [0, 1] (1 channel: a grey ramp; 3: RGB) to a canvas at native size. */
export function drawImage(canvas: HTMLCanvasElement, width: number, height: number, channels: number, data: Float32Array): void {
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(width, height);
  const byte = (v: number): number => Math.round(255 * Math.min(1, Math.max(0, v)));
  for (let i = 0; i < width * height; i++) {
    for (let ch = 0; ch < 3; ch++) img.data[4 * i + ch] = byte(data[i * channels + (channels === 3 ? ch : 0)] as number);
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

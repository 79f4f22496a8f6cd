import { describe, expect, it } from 'vitest';
import { imageSource, parseImageSize, resizeTo } from './image-source.js';
import { bundledImage } from './rgb-image.js';

describe('image sources', () => {
  it('parses --size as a longer side or WxH and names the flag when wrong', () => {
    expect(parseImageSize('256')).toEqual({ longer: 256 });
    expect(parseImageSize('128x96')).toEqual({ width: 128, height: 96 });
    for (const bad of ['', 'x', '1', '12x', '-3', '2.5']) expect(() => parseImageSize(bad)).toThrow(/--size/);
  });

  it('keeps the aspect ratio for a longer side', () => {
    expect(resizeTo(451, 300, { longer: 256 })).toEqual([256, 170]);
    expect(resizeTo(427, 640, { longer: 256 })).toEqual([171, 256]);
    expect(resizeTo(751, 563, { width: 512, height: 384 })).toEqual([512, 384]);
  });

  it('reads the bundled photographs and resizes only when needed', async () => {
    const chelsea = await imageSource(bundledImage('images/chelsea.png'), { longer: 256 });
    expect(chelsea).toMatchObject({ name: 'chelsea.png', resize: [256, 170] });
    const city = await imageSource(bundledImage('city-256x192.png'), { longer: 256 });
    expect(city.resize).toBeUndefined();
    await expect(imageSource('/nonexistent.png')).rejects.toThrow(/--image/);
  });
});

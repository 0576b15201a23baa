// The rasteriser draws with the fonts the project ships and places right-to-left text as browsers do:
// Arabic anchored at its start (direction="rtl") ends, on the right, at x.
import { describe, expect, it } from 'vitest';
import { rasterise } from '../../src/cli/rasterise';
import { pngSize } from '../helpers/image-headers';

const WIDTH = 400;
const HEIGHT = 100;
const picture = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>${text}</svg>`;

/** The leftmost and rightmost columns with dark pixels (the text's ink). */
function inkColumns(svg: string, scale = 1): { left: number; right: number } {
  const image = rasterise(svg, { scale });
  const px = image.rgba();
  let left = Infinity;
  let right = -Infinity;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((px[(y * image.width + x) * 4] as number) < 128) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left: left / scale, right: right / scale };
}

const ARABIC = 'القامشلي ٢١ نيسان';

describe('rasterise', () => {
  it('ends right-to-left text anchored at its start at x, and starts it there when anchored at its end', () => {
    const start = inkColumns(picture(`<text x="300" y="60" font-size="24" direction="rtl" text-anchor="start">${ARABIC}</text>`));
    expect(start.right).toBeGreaterThanOrEqual(298);
    expect(start.right).toBeLessThanOrEqual(302);
    expect(start.left).toBeLessThan(250); // the whole phrase drawn, leftwards
    const byDefault = inkColumns(picture(`<text x="300" y="60" font-size="24" direction="rtl">${ARABIC}</text>`));
    expect(byDefault).toEqual(start);
    const end = inkColumns(picture(`<text x="100" y="60" font-size="24" direction="rtl" text-anchor="end">${ARABIC}</text>`));
    expect(end.left).toBeGreaterThanOrEqual(98);
    expect(end.left).toBeLessThanOrEqual(102);
  });

  it('leaves left-to-right text as it is: anchored at its start, it begins at x', () => {
    const ink = inkColumns(picture('<text x="40" y="60" font-size="24">Qamishlo 21 April</text>'));
    expect(ink.left).toBeGreaterThanOrEqual(40);
    expect(ink.left).toBeLessThanOrEqual(44);
    expect(ink.right).toBeGreaterThan(150);
  });

  it('draws Arabic and Latin with the shipped fonts whatever family the picture names', () => {
    for (const family of ['Noto Sans', 'sans-serif', 'No Such Font']) {
      const ink = inkColumns(picture(`<text x="200" y="60" font-size="24" font-family="${family}" direction="rtl" text-anchor="middle">${ARABIC}</text>`));
      expect(ink.right - ink.left, family).toBeGreaterThan(100);
    }
  });

  it('scales: 2 gives an image twice as wide and high, with the text in the same place', () => {
    const svg = picture(`<text x="300" y="60" font-size="24" direction="rtl">${ARABIC}</text>`);
    const image = rasterise(svg, { scale: 2 });
    expect(pngSize(image.png())).toEqual({ width: 2 * WIDTH, height: 2 * HEIGHT });
    expect(image.rgba().byteLength).toBe(2 * WIDTH * 2 * HEIGHT * 4);
    expect(inkColumns(svg, 2).right).toBeCloseTo(inkColumns(svg, 1).right, 0);
  });
});

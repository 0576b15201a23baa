// The rasteriser's font for right-to-left pictures: DejaVu Sans first (Noto Sans Arabic lacks the
// punctuation around Arabic words, and resvg draws such a run as empty boxes).
import { describe, expect, it } from 'vitest';
import { fontsForResvg } from '../../src/cli/resvg-fonts';
import { rasterise } from '../../src/cli/rasterise';

const FAMILY = 'font-family="&quot;Noto Sans&quot;, &quot;Noto Sans Arabic&quot;, sans-serif"';
const picture = (dir: string, text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40" ${FAMILY} ${dir}><rect width="300" height="40" fill="#fff"/><text x="290" y="28" font-size="18" text-anchor="start">${text}</text></svg>`;

describe('fonts for resvg', () => {
  it('puts DejaVu Sans first in a right-to-left picture, and leaves others byte for byte', () => {
    const rtl = picture('direction="rtl"', 'هجوم');
    expect(fontsForResvg(rtl)).toContain('font-family="&quot;DejaVu Sans&quot;, &quot;Noto Sans&quot;, &quot;Noto Sans Arabic&quot;, sans-serif"');
    expect(fontsForResvg(rtl).replace('&quot;DejaVu Sans&quot;, ', '')).toBe(rtl);
    const ltr = picture('direction="ltr"', 'Attack');
    expect(fontsForResvg(ltr)).toBe(ltr);
  });

  it('draws Arabic with its parentheses in one font: the same ink as DejaVu Sans alone', () => {
    const text = 'هجوم (بحسب الادعاء)';
    const ink = (svg: string) => Array.from(rasterise(svg).rgba()).filter((v, i) => i % 4 === 0 && v < 128).length;
    const drawn = ink(picture('direction="rtl"', text));
    const dejavu = ink(picture('direction="rtl"', text).replace(FAMILY, 'font-family="DejaVu Sans"'));
    expect(drawn).toBeGreaterThan(100);
    expect(drawn).toBe(dejavu);
  });
});

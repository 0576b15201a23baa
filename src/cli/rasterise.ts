// Turns an SVG picture into pixels (RGBA, or a PNG) with resvg and only the fonts the project ships,
// so the same SVG gives the same image on any machine.
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { anchorsForResvg } from './resvg-anchors';
import { fontsForResvg } from './resvg-fonts';

/**
 * Noto Sans (Latin, for English and Kurdish) and Noto Sans Arabic, each regular and bold
 * (fonts/OFL.txt); DejaVu Sans regular and bold (fonts/DejaVu-LICENSE.txt) for right-to-left pictures.
 */
export const FONT_FILES = ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansArabic-Bold', 'DejaVuSans', 'DejaVuSans-Bold']
  .map((name) => fileURLToPath(new URL(`../../fonts/${name}.ttf`, import.meta.url)));

export interface RasteriseOptions {
  /** Pixels per SVG unit: 2 gives an image twice as wide and high (default 1). */
  scale?: number;
  /** A colour painted under the picture (GIF frames have no partial transparency); none by default. */
  background?: string;
}

export interface Raster {
  width: number;
  height: number;
  /** width × height pixels, 4 bytes each (RGBA, not premultiplied), row by row from the top: a new copy each call. */
  rgba(): Uint8Array;
  png(): Buffer;
}

export function rasterise(svg: string, options: RasteriseOptions = {}): Raster {
  const resvg = new Resvg(fontsForResvg(anchorsForResvg(svg)), {
    // System fonts would make the image depend on the machine; a missing glyph falls back among these.
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    fitTo: { mode: 'zoom', value: options.scale ?? 1 },
    ...(options.background === undefined ? {} : { background: options.background }),
    logLevel: 'off',
  });
  const image = resvg.render();
  return {
    width: image.width,
    height: image.height,
    rgba: () => image.pixels,
    png: () => image.asPng(),
  };
}

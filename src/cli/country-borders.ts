// The country borders a picture drawn in Node needs (core/render/picture-borders.ts says which), read
// from the world-atlas package that the app's build copies for the browser.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { countryBorderLines, type BorderLines } from '../core/country-border-lines';
import { pictureBorders } from '../core/render/picture-borders';
import type { RenderRequest } from '../core/render/render-view';

const FILES = { coarse: 'world-atlas/countries-110m.json', fine: 'world-atlas/countries-50m.json' } as const;
const require = createRequire(import.meta.url);

/** The borders and coasts in the picture of `req`; null for a dataset whose own basemap holds it all. */
export async function bordersForPicture(req: Pick<RenderRequest, 'dataset' | 'lang' | 'width' | 'height' | 'frame'>): Promise<BorderLines | null> {
  const wanted = pictureBorders(req);
  if (!wanted) return null;
  const topology = JSON.parse(await readFile(require.resolve(FILES[wanted.detail]), 'utf8')) as unknown;
  return countryBorderLines(topology, wanted.box);
}

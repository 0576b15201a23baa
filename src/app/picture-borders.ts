// The country borders a picture drawn in the browser needs (core/render/picture-borders.ts says
// which), fetched from the built app's copy of Natural Earth; a picture without them when they
// cannot be had, as the map goes without them.
import type { BorderLines } from '../core/country-border-lines';
import { pictureBorders } from '../core/render/picture-borders';
import type { RenderRequest } from '../core/render/render-view';

export async function bordersForPicture(req: Pick<RenderRequest, 'dataset' | 'lang' | 'width' | 'height' | 'frame'>): Promise<BorderLines | null> {
  const wanted = pictureBorders(req);
  if (!wanted) return null;
  // The TopoJSON reader comes only for a picture that draws borders.
  return import('./country-border-data').then((m) => m.fetchBorderLines(wanted.detail, wanted.box)).catch(() => null);
}

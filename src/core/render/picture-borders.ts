// Which of Natural Earth's borders a picture needs, if any: the map's rule (needs-country-borders.ts),
// the detail for the picture's zoom (border-detail.ts), and the box of the world it shows. The caller
// reads the file (Node from the package, the browser from the built app) and hands the lines to the
// renderer.
import { borderDetailAt, type BorderDetail, type Box } from '../border-detail';
import { needsCountryBorders } from '../needs-country-borders';
import { worldPoint, worldToLonLat } from './projection';
import { fittedFrame, type RenderRequest } from './render-view';

export interface PictureBorders {
  detail: BorderDetail;
  /** The picture's extent, [west, south, east, north]. */
  box: Box;
}

/** What borders the picture of `req` draws; null for a dataset whose own basemap holds it all. */
export function pictureBorders(req: Pick<RenderRequest, 'dataset' | 'lang' | 'width' | 'height' | 'frame'>): PictureBorders | null {
  if (!needsCountryBorders(req.dataset)) return null;
  const frame = req.frame ?? fittedFrame(req);
  const scale = 2 ** frame.zoom;
  const [x, y] = worldPoint(frame.lon, frame.lat);
  const dx = req.width / 2 / scale;
  const dy = req.height / 2 / scale;
  const [west, north] = worldToLonLat(x - dx, y - dy);
  const [east, south] = worldToLonLat(x + dx, y + dy);
  return { detail: borderDetailAt(frame.zoom), box: [west, south, east, north] };
}

// The data behind the map's country borders: Natural Earth's countries (world-atlas, public domain),
// copied into the build as files of their own and fetched only by a map or a picture that shows
// borders, so they work with no network beyond the app's own site. Loaded on demand, with the TopoJSON reader.
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';
import type { BorderDetail, Box } from '../core/border-detail';
import { countryBorderLines, type BorderLines } from '../core/country-border-lines';

/** The borders and coasts that reach into `box`, at the detail asked for. */
export async function fetchBorderLines(detail: BorderDetail, box: Box): Promise<BorderLines> {
  const url = detail === 'fine' ? fineUrl : coarseUrl;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return countryBorderLines(await response.json(), box);
}

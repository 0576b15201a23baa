// The data behind the map's country borders: Natural Earth's countries (world-atlas, public domain),
// copied into the build as files of their own and fetched only by a map that shows borders, so they
// work with no network beyond the app's own site. Loaded on demand, with the TopoJSON reader.
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';
import { countryBorderLines, type BorderLines, type Box } from '../core/country-border-lines';

/** 1:110 million (about 39 KB gzipped) for a country seen whole; 1:50 million (about 236 KB) when zoomed in. */
export type BorderDetail = 'coarse' | 'fine';

/** The borders and coasts that reach into `box`, at the detail asked for. */
export async function fetchBorderLines(detail: BorderDetail, box: Box): Promise<BorderLines> {
  const url = detail === 'fine' ? fineUrl : coarseUrl;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return countryBorderLines(await response.json(), box);
}

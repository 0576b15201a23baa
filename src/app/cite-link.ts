// The permalink a citation gives: the view link (what Share makes) with the dataset's version (v=),
// so that a reader who opens it later is told what was corrected since.
import type { CiteRecord } from '../core/citation';
import { readPageLink, writeLink, type LinkState } from '../core/link-format';
import { VERSION_PATTERN } from '../core/version-order';
import { linkStateOf } from '../store/link-state';
import type { AppState } from '../store/store';
import { pageBase } from './page-links';

/** The link to this view (for an incident: with it selected), carrying the dataset's version. */
export function citeUrl(s: AppState, record?: CiteRecord, loc: Location = location): string {
  const { dataset } = s;
  if (!dataset) return pageBase(loc);
  let link: LinkState = linkStateOf(s);
  // Another incident than the one selected: its own time, as its permalink opens it.
  if (record?.kind === 'incident' && link.event !== record.id) {
    link = { ...link, event: record.id };
    delete link.time;
    delete link.range;
    delete link.step;
    delete link.compare;
  }
  // An area or a site: the view at its moment, without the incident selected, which is another record.
  if (record && record.kind !== 'incident') delete link.event;
  delete link.embed;
  // Which dataset the page shows is carried over, as Share does.
  const { data } = readPageLink(loc.search);
  if (data !== undefined) link.data = data;
  // A version the link format cannot read is left out rather than written to be refused.
  if (VERSION_PATTERN.test(dataset.manifest.version)) link.version = dataset.manifest.version;
  return pageBase(loc) + writeLink(link, dataset.manifest.timezone);
}

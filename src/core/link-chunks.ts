// The chunks of a dataset split by time that a page's link shows first: those its `t` needs (a moment,
// a day or a range), or the first moments' without one. Read before the dataset is, from its manifest.
import { chunkSpans, chunksMeeting, viewStarts, type ViewTime } from './chunks';
import { INCIDENT_WINDOW_MS } from './dataset-index';
import { readLinkProblems } from './link-format';
import { startOfLocalDay } from './time';
import { endOfLocalDay } from './time-range';
import type { Manifest } from './types';

/** The view a link's `t` gives, as the store will hold it (store/link-state.ts applies it so). */
export function linkViewTime(manifest: Pick<Manifest, 'extent' | 'timezone'>, search: string): ViewTime {
  const start = Date.parse(manifest.extent.start);
  const end = Date.parse(manifest.extent.end);
  const timeZone = manifest.timezone;
  const { state } = readLinkProblems(search, { timeZone, start, end, incidentIds: new Set(), stepIds: new Set() });
  if (state.range) return { time: state.range.end, span: 'range', rangeStart: state.range.start };
  if (state.time?.wholeDay) return { time: Math.min(endOfLocalDay(state.time.ms, timeZone), end - 1), span: 'day', rangeStart: null };
  return { time: Math.min(end, Math.max(start, state.time?.ms ?? start)), span: 'moment', rangeStart: null };
}

/** The time span (epoch ms) of the incidents a view can show, as chunks are picked for it. */
export function viewIncidentStarts(view: ViewTime, timeZone: string): [number, number] {
  return viewStarts(view, { windowMs: INCIDENT_WINDOW_MS, dayStart: (t) => startOfLocalDay(t, timeZone) });
}

/** The indices of the chunks the link's view needs, in time order. */
export function chunksForLink(manifest: Pick<Manifest, 'extent' | 'timezone' | 'incident_chunks'>, search: string): number[] {
  return chunksMeeting(chunkSpans(manifest), ...viewIncidentStarts(linkViewTime(manifest, search), manifest.timezone));
}

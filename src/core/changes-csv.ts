// The changes of control over a range as CSV (RFC 4180): one row per change, in time order, with the
// same cell rules as the incidents' CSV (quoting, and text never run as a spreadsheet formula).
import type { AreaChange } from './changes';
import { changesInOrder } from './changes';
import { csvCell, sourceCells } from './csv';
import { toLocalIso } from './time';
import type { Dataset } from './types';

const COLUMNS = [
  'area', 'area_name', 'change', 'at', 'time_precision', 'part_of_day', 'from', 'to', 'contested', 'confidence',
  'time_note', 'note', 'sources', 'source_urls',
] as const;

/** The areas' changes as CSV text with a header row and CRLF line ends. */
export function changesCsv(dataset: Dataset, areas: readonly AreaChange[]): string {
  const tz = dataset.manifest.timezone;
  const names = new Map(dataset.sites.map((s) => [s.id, s.properties.name.en]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const rows = [COLUMNS.map(csvCell).join(',')];
  for (const { area, change: c } of changesInOrder(areas)) {
    rows.push([
      area.site, names.get(area.site), c.id, toLocalIso(Date.parse(c.at), tz), c.time_precision, c.part_of_day,
      c.from, c.to, String(c.contested), c.confidence, c.time_note, c.note, ...sourceCells(c.sources, sources),
    ].map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

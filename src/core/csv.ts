// Incidents as CSV (RFC 4180): one row per incident, sources joined, casualties as one column per
// claimant, side and kind, so no two sources' figures share a cell; an imported incident's original
// classification (ACLED's, UCDP's) in columns of its own.
import { locationPoint } from './geo';
import type { CasualtyClaim, Dataset, Incident, Source } from './types';

const BASE_COLUMNS = [
  'id', 'type', 'title', 'start', 'end', 'time_precision', 'part_of_day', 'time_note', 'site', 'longitude', 'latitude',
  'location_precision_m', 'location_note', 'origin_site', 'actors', 'confidence', 'summary', 'sources', 'source_urls',
] as const;

const QUALIFIER: Record<CasualtyClaim['qualifier'], string> = { exact: '', about: '~', at_least: '>=', more_than: '>' };

/** "Asayish statement (ARA) | government | killed". */
export function claimColumn(c: CasualtyClaim): string {
  return `${c.claimant} | ${c.group ?? c.side} | ${c.kind}`;
}

/** One CSV field: quoted when it must be (RFC 4180), and never a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, return first) gets a
  // leading apostrophe: data from anywhere must not run in a researcher's spreadsheet.
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The `sources` and `source_urls` values: "publisher: title (date)" joined by "; " (an unknown id as itself), and the URLs. */
export function sourceCells(ids: readonly string[], sources: ReadonlyMap<string, Source>): [string, string] {
  const cited = ids.map((id) => sources.get(id));
  return [
    cited.map((s, k) => (s ? `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ''}` : ids[k])).join('; '),
    cited.map((s) => s?.url ?? '').filter(Boolean).join(' '),
  ];
}

/** The incidents (all, or the given ones) as CSV text with a header row and CRLF line ends. */
export function incidentsCsv(dataset: Dataset, incidents: readonly Incident[] = dataset.incidents): string {
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const claimColumns = [...new Set(incidents.flatMap((i) => i.casualties.map(claimColumn)))].sort();
  // Columns only imported data has, only when it has them: the built-in data's CSV stays as it was.
  const scoped = incidents.some((i) => i.location.scope !== undefined);
  const originalColumns = [...new Set(incidents.flatMap((i) => (i.original ? Object.keys(i.original.fields) : [])))];
  const original = incidents.some((i) => i.original !== undefined);
  const header = [
    ...BASE_COLUMNS, ...(scoped ? ['location_scope'] : []),
    ...(original ? ['original_dataset', ...originalColumns.map((c) => `original: ${c}`)] : []),
    ...claimColumns.map((c) => `casualties: ${c}`),
  ];
  const rows = [header.map(csvCell).join(',')];
  for (const i of incidents) {
    const pos = locationPoint(i.location, sites);
    const site = i.location.site === undefined ? undefined : sites.get(i.location.site);
    const claims = new Map<string, string>();
    for (const c of i.casualties) {
      const range = c.low !== undefined && c.high !== undefined ? ` (${c.low}-${c.high})` : '';
      const count = `${QUALIFIER[c.qualifier]}${c.count}${c.count_max !== undefined ? `-${c.count_max}` : ''}${range}`;
      const key = claimColumn(c);
      claims.set(key, claims.has(key) ? `${claims.get(key)}; ${count}` : count);
    }
    const values: (string | number | null | undefined)[] = [
      i.id, i.type, i.title, i.start, i.end, i.time_precision, i.part_of_day, i.time_note, i.location.site,
      pos?.[0], pos?.[1], i.location.precision_m ?? site?.properties.location_precision_m, i.location.note,
      i.origin?.site, i.actors.join('; '), i.confidence, i.summary,
      ...sourceCells(i.sources, sources),
      ...(scoped ? [i.location.scope] : []),
      ...(original ? [i.original?.dataset, ...originalColumns.map((c) => i.original?.fields[c])] : []),
      ...claimColumns.map((c) => claims.get(c) ?? ''),
    ];
    rows.push(values.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

// The citation of the dataset, or of one of its records, at a view: a CSL-JSON item (the form
// reference managers exchange), which cite-formats.ts writes as a plain reference, BibTeX and RIS.
import type { Dataset } from './types';
import { compareVersions } from './version-order';

/** A record a popup cites: an incident, or an area or site of the sites file. */
export interface CiteRecord {
  kind: 'incident' | 'area' | 'site';
  id: string;
}

/** The forms a citation is given in (cite-formats.ts writes them). */
export const CITE_FORMATS = ['text', 'bibtex', 'csl', 'ris'] as const;

export type CiteFormat = (typeof CITE_FORMATS)[number];

type DateParts = { 'date-parts': [[number, number, number]] };

/** The CSL-JSON fields a citation here carries (CSL 1.0.2 names). */
export interface CslItem {
  id: string;
  type: 'dataset';
  /** The key BibTeX writes the entry under: letters, digits and "_" (citation-js drops a key with "-"). */
  'citation-key': string;
  title: string;
  /** For a record: the dataset it belongs to. */
  'container-title'?: string;
  /** For a record: what kind of record it is. */
  genre?: string;
  publisher: string;
  version: string;
  URL: string;
  accessed: DateParts;
  /** The date of the dataset's latest recorded change, where its changelog gives one. */
  issued?: DateParts;
  /** Which record, by file and id, so that a reader can find it in the data itself. */
  note?: string;
}

export interface CitationOptions {
  dataset: Pick<Dataset, 'manifest' | 'changelog' | 'incidents' | 'sites'>;
  /** The link to the view cited, with v=. */
  permalink: string;
  /** Who publishes this copy of the map: the deployment's setting, or its host name. */
  publisher: string;
  /** The reader's date, YYYY-MM-DD. */
  accessed: string;
  record?: CiteRecord | undefined;
}

const GENRES: Record<CiteRecord['kind'], string> = { incident: 'Incident record', area: 'Area record', site: 'Site record' };

function dateParts(day: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

const bibKey = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');

/** The latest date the changelog gives for this version or an earlier one. */
function lastChange(dataset: CitationOptions['dataset']): string | undefined {
  const current = dataset.manifest.version;
  let last: string | undefined;
  for (const e of dataset.changelog) {
    const order = compareVersions(e.version, current);
    if (order !== null && order <= 0 && (last === undefined || e.date > last)) last = e.date;
  }
  return last;
}

/** The title a record is cited under: an incident's title, a place's English name. */
function recordTitle(record: CiteRecord, dataset: CitationOptions['dataset']): string {
  if (record.kind === 'incident') return dataset.incidents.find((i) => i.id === record.id)?.title ?? record.id;
  return dataset.sites.find((s) => s.id === record.id)?.properties.name.en ?? record.id;
}

/** The CSL-JSON item for the dataset, or for `record` in it, at the view `permalink` names. */
export function citationItem({ dataset, permalink, publisher, accessed, record }: CitationOptions): CslItem {
  const { manifest } = dataset;
  const accessedParts = dateParts(accessed);
  if (!accessedParts) throw new Error(`accessed must be a date like 2026-11-30, not "${accessed}"`);
  const issued = dateParts(lastChange(dataset) ?? '');
  const common = { type: 'dataset', publisher, version: manifest.version, URL: permalink, accessed: accessedParts, ...(issued ? { issued } : {}) } as const;
  if (!record) return { id: manifest.id, 'citation-key': bibKey(manifest.id), title: manifest.title, ...common };
  const file = record.kind === 'incident' ? 'incidents' : 'sites';
  return {
    id: `${manifest.id}/${record.id}`,
    'citation-key': bibKey(`${manifest.id}_${record.id}`),
    title: recordTitle(record, dataset),
    'container-title': manifest.title,
    genre: GENRES[record.kind],
    note: `Record ${record.id} of the ${file} file of dataset ${manifest.id}`,
    ...common,
  };
}

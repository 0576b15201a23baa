// Each form a citation is given in, read back by a parser that is not the writer's code path: BibTeX
// by @retorquere/bibtex-parser, RIS by citation-js's RIS reader, CSL-JSON rendered by citeproc
// (through citation-js's CSL plugin). Each must keep title, publisher, version, accessed date and URL.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it, vi } from 'vitest';
import { citationItem, type CiteRecord, type CslItem } from '../../src/core/citation';
import { citeFormats } from '../../src/core/cite-formats';
import { BUILTIN, MINI, loadValid } from '../helpers/fs-dataset';

// Reading the datasets and citeproc's first rendering take seconds on a busy machine (5 s timed out at a load of 15).
vi.setConfig({ testTimeout: 30_000 });

// Characters BibTeX must escape or spell in LaTeX: braces, ampersand, percent, dashes, quotes, accents.
const TITLE = 'An invented {braced} dataset & 50% — “quoted”, Qamişlo, 20–23 April';
const PERMALINK = 'https://maps.example.org/map/?t=2016-04-20T11:00/2016-04-22T15:30&event=jail-capture&lang=ar&v=0.0.1';

const nfc = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value);

async function item(record = false): Promise<CslItem> {
  const mini = await loadValid(MINI);
  const dataset = { ...mini, manifest: { ...mini.manifest, title: TITLE } };
  return citationItem({
    dataset, permalink: PERMALINK, publisher: 'Invented Press & Co.', accessed: '2026-12-01',
    record: record ? { kind: 'incident', id: 'jail-capture' } : undefined,
  });
}

describe('BibTeX (BibLaTeX @dataset)', () => {
  it('reads back with title, publisher, version, date accessed and URL, without errors', async () => {
    const { bibtex } = citeFormats(await item());
    const library = parseBibtex(bibtex);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry?.type).toBe('dataset');
    expect(entry?.key).toBe('mini_test');
    expect(entry?.fields).toMatchObject({ version: '0.0.1', urldate: '2026-12-01', url: PERMALINK });
    // LaTeX's accents come back decomposed: the same text.
    expect(nfc(entry?.fields.title)).toBe(TITLE);
    expect(entry?.fields.publisher).toEqual(['Invented Press & Co.']);
  });

  it('names the dataset a record belongs to', async () => {
    const [entry] = parseBibtex(citeFormats(await item(true)).bibtex).entries;
    expect(entry?.fields).toMatchObject({ version: '0.0.1', url: PERMALINK });
    expect(nfc(entry?.fields.booktitle)).toBe(TITLE);
    expect(entry?.key).toBe('mini_test_jail_capture');
  });
});

describe('RIS', () => {
  it('reads back with title, publisher, version, date accessed and URL', async () => {
    const { ris } = citeFormats(await item());
    expect(ris.startsWith('TY  - DATA')).toBe(true);
    const [back] = new Cite(ris).data as Record<string, unknown>[];
    // Each value on one line: the permalink is not broken.
    expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(back).toMatchObject({ title: TITLE, publisher: 'Invented Press & Co.', version: '0.0.1', URL: PERMALINK, accessed: { 'date-parts': [[2026, 12, 1]] } });
  });
});

describe('the titles of the built-in dataset', () => {
  it('all read back from BibTeX and RIS as they are (nothing dropped or mangled)', async () => {
    const dataset = await loadValid(BUILTIN);
    const cite = (record?: CiteRecord) => citationItem({ dataset, permalink: PERMALINK, publisher: 'x', accessed: '2026-12-01', record });
    const items = [cite(), ...dataset.incidents.map((i) => cite({ kind: 'incident', id: i.id })), ...dataset.sites.map((s) => cite({ kind: 'site', id: s.id }))];
    for (const it of items) {
      const { bibtex, ris } = citeFormats(it);
      expect(nfc(parseBibtex(bibtex).entries[0]?.fields.title), it.id).toBe(it.title);
      expect((new Cite(ris).data as { title: string }[])[0]?.title, it.id).toBe(it.title);
    }
  });
});

describe('CSL-JSON', () => {
  it('is a list of one item with the citation\'s fields, which citeproc renders with the permalink and version', async () => {
    const cited = await item(true);
    const { csl } = citeFormats(cited);
    const parsed = JSON.parse(csl) as unknown[];
    expect(parsed).toEqual([cited]);
    const rendered = new Cite(parsed).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    expect(rendered).toContain(PERMALINK);
    expect(rendered).toContain('Version 0.0.1');
    expect(rendered).toContain('Invented Press & Co.');
    expect(rendered).toContain(TITLE);
  });
});

describe('the plain reference', () => {
  it('is APA in English, with title, version, publisher, the date accessed and the permalink', async () => {
    const { text } = citeFormats(await item(true));
    expect(text).toContain('Version 0.0.1');
    expect(text).toContain('Invented Press & Co.');
    expect(text).toContain('Retrieved December 1, 2026');
    expect(text.endsWith(PERMALINK)).toBe(true);
  });

  it('gives the date retrieved even where the data has a date of its own, which BibTeX and RIS keep', async () => {
    const dated: CslItem = { ...await item(), issued: { 'date-parts': [[2026, 11, 30]] } };
    const { text, bibtex, ris } = citeFormats(dated);
    expect(text).toContain('Retrieved December 1, 2026');
    expect(parseBibtex(bibtex).entries[0]?.fields.date).toBe('2026-11-30');
    expect((new Cite(ris).data as { issued?: unknown }[])[0]?.issued).toEqual({ 'date-parts': [[2026, 11, 30]] });
  });
});

// The citation's CSL-JSON item: the dataset, or one of its records, at a view, with title, publisher,
// version, the date accessed and the permalink; with the built-in dataset and the invented mini one.
import { describe, expect, it } from 'vitest';
import { citationItem } from '../../src/core/citation';
import type { Dataset } from '../../src/core/types';
import { BUILTIN, MINI, loadValid } from '../helpers/fs-dataset';

const URL_V = 'https://maps.example.org/qamishlo/?t=2016-04-21&v=1.2.0';

describe('the citation of the dataset', () => {
  it('carries the title, the publisher given, the version, the date accessed and the permalink', async () => {
    const dataset = await loadValid(BUILTIN);
    const item = citationItem({ dataset, permalink: URL_V, publisher: 'An invented press', accessed: '2026-12-01' });
    expect(item).toMatchObject({
      id: 'qamishlo-2016-04', type: 'dataset', title: dataset.manifest.title, publisher: 'An invented press',
      version: dataset.manifest.version, URL: URL_V, accessed: { 'date-parts': [[2026, 12, 1]] },
    });
    // BibTeX keys may hold no "-".
    expect(item['citation-key']).toBe('qamishlo_2016_04');
    expect(item['container-title']).toBeUndefined();
  });

  it('is dated by the latest change the changelog gives for this version or an earlier one', async () => {
    const dataset = await loadValid(BUILTIN);
    const latest = dataset.changelog.map((e) => e.date).sort().at(-1) ?? '';
    const [y, m, d] = latest.split('-').map(Number);
    expect(citationItem({ dataset, permalink: URL_V, publisher: 'x', accessed: '2026-12-01' }).issued).toEqual({ 'date-parts': [[y, m, d]] });
  });

  it('leaves the date out where no change is recorded, and the changes of later versions out of it', async () => {
    const mini = await loadValid(MINI);
    expect(citationItem({ dataset: mini, permalink: URL_V, publisher: 'x', accessed: '2026-12-01' }).issued).toBeUndefined();
    const later: Dataset = { ...mini, changelog: [
      { id: 'made-up-old', version: '0.0.1', date: '2026-01-02', records: [{ file: 'manifest' }], what: 'Invented.', why: 'Invented.' },
      { id: 'made-up-new', version: '0.0.9', date: '2026-09-09', records: [{ file: 'manifest' }], what: 'Invented.', why: 'Invented.' },
    ] };
    expect(citationItem({ dataset: later, permalink: URL_V, publisher: 'x', accessed: '2026-12-01' }).issued).toEqual({ 'date-parts': [[2026, 1, 2]] });
  });

  it('refuses an accessed date that is not a date, quoting it', async () => {
    const dataset = await loadValid(MINI);
    expect(() => citationItem({ dataset, permalink: URL_V, publisher: 'x', accessed: 'today' })).toThrow('"today"');
  });
});

describe('the citation of one record', () => {
  it('cites an incident under its title, in the dataset, with its own permalink', async () => {
    const dataset = await loadValid(MINI);
    const permalink = 'https://example.org/?event=jail-capture&v=0.0.1';
    const item = citationItem({ dataset, permalink, publisher: 'example.org', accessed: '2026-12-01', record: { kind: 'incident', id: 'jail-capture' } });
    expect(item).toMatchObject({
      id: 'mini-test/jail-capture', 'citation-key': 'mini_test_jail_capture', title: dataset.incidents.find((i) => i.id === 'jail-capture')?.title,
      'container-title': 'Mini test dataset (invented)', genre: 'Incident record', version: '0.0.1', URL: permalink, publisher: 'example.org',
    });
    expect(item.note).toBe('Record jail-capture of the incidents file of dataset mini-test');
  });

  it('cites an area or a site under its English name', async () => {
    const dataset = await loadValid(MINI);
    const site = dataset.sites[0];
    if (!site) throw new Error('no site');
    const area = citationItem({ dataset, permalink: URL_V, publisher: 'x', accessed: '2026-12-01', record: { kind: 'area', id: site.id } });
    expect(area).toMatchObject({ title: site.properties.name.en, genre: 'Area record', note: `Record ${site.id} of the sites file of dataset mini-test` });
    expect(citationItem({ dataset, permalink: URL_V, publisher: 'x', accessed: '2026-12-01', record: { kind: 'site', id: site.id } }).genre).toBe('Site record');
  });
});

// The changelog file: optional, checked entry by entry, each problem naming the entry and its field;
// the records an entry names are checked against the dataset (a warning, since the entry is history).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleText, readBundle } from '../../src/core/bundle';
import { validateDataset } from '../../src/core/validate/dataset';
import { validateManifest } from '../../src/core/validate/manifest';
import type { Manifest, Problem } from '../../src/core/types';

const dir = 'tests/fixtures/mini/';
const read = (name: string) => JSON.parse(readFileSync(dir + name, 'utf8')) as unknown;

/** An invented correction to the mini fixture's records. */
const entry = (over: Record<string, unknown> = {}) => ({
  id: 'fix-jail-time', version: '0.0.2', date: '2026-11-30',
  records: [{ file: 'incidents', id: 'jail-capture' }, { file: 'control', id: 'initial:jail' }, { file: 'manifest' }],
  what: 'The invented capture is dated to the hour.', why: 'An invented review found the minute unsupported.',
  ...over,
});

/** The mini fixture validated with a changelog (or none, when `changelog` is undefined), and some files unread. */
function validateWith(changelog: unknown, unread: string[] = []) {
  const problems: Problem[] = [];
  const base = read('dataset.json') as { files: Record<string, string> };
  const json = changelog === undefined ? base : { ...base, files: { ...base.files, changelog: 'changelog.json' } };
  const manifest = validateManifest(json, 'dataset.json', problems) as Manifest;
  const raw = {
    sources: read('sources.json'), actors: read('actors.json'), sites: read('sites.geojson'),
    control: read('control.json'), incidents: read('incidents.json'), changelog,
  };
  for (const key of unread) delete raw[key as keyof typeof raw];
  return validateDataset(manifest, raw, problems);
}

const brief = (p: Problem) => ({ file: p.file, record: p.record, field: p.field, severity: p.severity });

describe('the changelog', () => {
  it('loads valid entries as written, with no problems', () => {
    const second = entry({ id: 'add-north', version: '0.0.1', date: '2026-10-01', records: [{ file: 'sites', id: 'north' }] });
    const { dataset, problems } = validateWith([entry(), second]);
    expect(problems).toEqual([]);
    expect(dataset?.changelog.map((e) => e.id)).toEqual(['fix-jail-time', 'add-north']);
    expect(dataset?.changelog[0]?.records).toEqual(entry().records);
  });

  it('is optional: a dataset without one is valid and has an empty changelog', () => {
    const { dataset, problems } = validateWith(undefined);
    expect(problems).toEqual([]);
    expect(dataset?.changelog).toEqual([]);
  });

  it('leaves out a bad entry, naming the file, the entry and the field, and keeps the good ones', () => {
    const { dataset, problems } = validateWith([
      entry(),
      entry({ id: 'bad-date', date: '30/11/2026' }),
      entry({ id: 'no-records', records: [] }),
      entry({ id: 'no-id', records: [{ file: 'incidents' }] }),
      entry({ id: 'bad-file', records: [{ file: 'photos', id: 'x' }] }),
      entry({ id: 'typo', summery: 'a misspelt field' }),
      entry({ id: 'no-why', why: '  ' }),
    ]);
    expect(dataset?.changelog.map((e) => e.id)).toEqual(['fix-jail-time']);
    expect(problems.map(brief)).toEqual([
      { file: 'changelog.json', record: 'bad-date', field: 'date', severity: undefined },
      { file: 'changelog.json', record: 'no-records', field: 'records', severity: undefined },
      { file: 'changelog.json', record: 'no-id', field: 'records.0', severity: undefined },
      { file: 'changelog.json', record: 'bad-file', field: 'records.0.file', severity: undefined },
      { file: 'changelog.json', record: 'typo', field: 'summery', severity: undefined },
      { file: 'changelog.json', record: 'no-why', field: 'why', severity: undefined },
    ]);
  });

  it('warns about a record the dataset does not hold, or one marked removed that it still holds, and keeps the entry', () => {
    const { dataset, problems } = validateWith([entry({
      records: [
        { file: 'incidents', id: 'jail-captrue' },
        { file: 'control', id: 'jail-taken', removed: true },
        { file: 'control', id: 'jail-retaken', removed: true },
      ],
    })]);
    expect(dataset?.changelog).toHaveLength(1);
    expect(problems.map((p) => ({ ...brief(p), value: p.value }))).toEqual([
      { file: 'changelog.json', record: 'fix-jail-time', field: 'records.0.id', severity: 'warning', value: '"jail-captrue"' },
      { file: 'changelog.json', record: 'fix-jail-time', field: 'records.1.id', severity: 'warning', value: '"jail-taken"' },
    ]);
    expect(problems[0]?.message).toMatch(/names no record of the incidents file/);
    expect(problems[1]?.message).toMatch(/marked removed/);
  });

  it('says nothing of records in a file that could not be read (that file\'s own problem says it), but checks the others', () => {
    const { dataset, problems } = validateWith([entry({ records: [{ file: 'incidents', id: 'jail-capture' }, { file: 'sites', id: 'nowhere' }] })], ['incidents']);
    expect(dataset?.changelog).toHaveLength(1);
    expect(problems.map(brief)).toEqual([{ file: 'changelog.json', record: 'fix-jail-time', field: 'records.1.id', severity: 'warning' }]);
  });

  it('travels in a one-file bundle and comes back the same', () => {
    const { dataset } = validateWith([entry()]);
    const back = readBundle(JSON.parse(bundleText(dataset!)), 'bundle.json');
    expect(back.problems).toEqual([]);
    expect(back.dataset?.changelog).toEqual(dataset?.changelog);
  });
});

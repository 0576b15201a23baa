import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, resolvePath } from '../../src/core/dataset';
import { validateDataset } from '../../src/core/validate/dataset';
import { validateManifest } from '../../src/core/validate/manifest';
import type { Manifest, Problem } from '../../src/core/types';
import { MINI, loadFromDisk, loadValid } from '../helpers/fs-dataset';

const dir = 'tests/fixtures/mini/';
const read = (name: string) => JSON.parse(readFileSync(dir + name, 'utf8')) as unknown;

function rawFiles() {
  return {
    sources: read('sources.json') as Record<string, unknown>[],
    actors: read('actors.json') as Record<string, unknown>[],
    sites: read('sites.geojson') as { type: string; features: Record<string, unknown>[] },
    control: read('control.json') as { initial: Record<string, unknown>[]; changes: Record<string, unknown>[] },
    incidents: read('incidents.json') as Record<string, unknown>[],
  };
}

function validate(mutate: (raw: ReturnType<typeof rawFiles>) => void) {
  const problems: Problem[] = [];
  const manifest = validateManifest(read('dataset.json'), 'dataset.json', problems) as Manifest;
  const raw = rawFiles();
  mutate(raw);
  return validateDataset(manifest, raw, problems);
}

const brief = (p: Problem) => ({ file: p.file, record: p.record, field: p.field, value: p.value });

describe('loading a dataset', () => {
  it('loads the fixture with no problems', async () => {
    const d = await loadValid(MINI);
    expect(d.incidents).toHaveLength(4);
    expect(d.control.changes).toHaveLength(3);
    expect(d.sites.map((s) => s.id)).toEqual(['north', 'south', 'jail']);
  });

  it('resolves file paths against the manifest', () => {
    expect(resolvePath('https://x.org/data/dataset.json', 'sites.geojson')).toBe('https://x.org/data/sites.geojson');
    expect(resolvePath('dataset.json', 'a.json')).toBe('a.json');
    expect(resolvePath('/d/dataset.json', 'https://y.org/a.json')).toBe('https://y.org/a.json');
  });

  it('reports a file that is not JSON, and keeps the other files', async () => {
    const files: Record<string, string> = { 'm/dataset.json': readFileSync(dir + 'dataset.json', 'utf8') };
    for (const f of ['sources.json', 'actors.json', 'sites.geojson', 'control.json']) files[`m/${f}`] = readFileSync(dir + f, 'utf8');
    files['m/incidents.json'] = '[{"id": "broken",';
    const { dataset, problems } = await loadDataset('m/dataset.json', async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error('not found');
      return text;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'incidents.json' });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    expect(dataset?.sites).toHaveLength(3);
  });

  it('tells the reader which of the manifest\'s files it reads, and hands each on as parsed', async () => {
    const files = new Map(['dataset.json', 'sources.json', 'actors.json', 'sites.geojson', 'control.json', 'incidents.json']
      .map((f) => [`m/${f}`, readFileSync(dir + f, 'utf8')]));
    const asked: [string, string | undefined][] = [];
    const parsed = new Map<string, unknown>();
    const { dataset } = await loadDataset('m/dataset.json', async (path, key) => {
      asked.push([path, key]);
      return files.get(path) ?? '';
    }, { onParsed: (key, json) => parsed.set(key, json) });
    expect(asked.sort()).toEqual([
      ['m/actors.json', 'actors'], ['m/control.json', 'control'], ['m/dataset.json', undefined],
      ['m/incidents.json', 'incidents'], ['m/sites.geojson', 'sites'], ['m/sources.json', 'sources'],
    ]);
    expect([...parsed.keys()].sort()).toEqual(['actors', 'control', 'incidents', 'sites', 'sources']);
    // The incidents the loader accepted as they were are the parsed file's own objects.
    const list = parsed.get('incidents') as unknown[];
    expect(dataset?.incidents.length).toBeGreaterThan(0);
    expect(dataset?.incidents.every((i) => list.includes(i))).toBe(true);
  });

  it('reports a missing file by name', async () => {
    const { problems } = await loadFromDisk('tests/fixtures/does-not-exist/dataset.json');
    expect(problems[0]).toMatchObject({ file: 'dataset.json' });
    expect(problems[0]?.message).toMatch(/could not be read/);
  });

  it('names the record, field and value of a bad coordinate, and keeps the good records', () => {
    const { dataset, problems } = validate((raw) => {
      (raw.sites.features[2] as { geometry: { coordinates: number[] } }).geometry.coordinates = [241.21, 37.045];
    });
    expect(problems[0]).toMatchObject({ file: 'sites.geojson', record: 'jail', field: 'geometry.coordinates.0', value: '241.21' });
    expect(problems[0]?.message).toMatch(/longitude above 180/);
    expect(dataset?.sites.map((s) => s.id)).toEqual(['north', 'south']);
    // Records that name the rejected site are rejected too, and each is listed.
    expect(problems.slice(1).map((p) => `${p.file}:${p.record}:${p.field}`)).toEqual([
      'control.json:initial:jail:site', 'control.json:jail-contested:site', 'control.json:jail-taken:site',
      'incidents.json:jail-capture:location.site', 'incidents.json:long-siege:location.site',
    ]);
    expect(dataset?.incidents.map((i) => i.id)).toEqual(['first-clash', 'shelling']);
  });

  it('reports an unknown site id in an incident', () => {
    const { dataset, problems } = validate((raw) => { (raw.incidents[0] as { location: object }).location = { site: 'nowhere' }; });
    expect(problems.map(brief)).toEqual([{ file: 'incidents.json', record: 'first-clash', field: 'location.site', value: '"nowhere"' }]);
    expect(dataset?.incidents.map((i) => i.id)).not.toContain('first-clash');
  });

  it('reports a date outside the extent', () => {
    const { problems } = validate((raw) => { raw.incidents[1]!.start = '2016-05-21T12:00:00+03:00'; });
    expect(problems.map(brief)).toEqual([{ file: 'incidents.json', record: 'jail-capture', field: 'start', value: '"2016-05-21T12:00:00+03:00"' }]);
  });

  it('reports a repeated id', () => {
    const { problems } = validate((raw) => { raw.incidents[2]!.id = 'first-clash'; });
    expect(problems.map(brief)).toEqual([{ file: 'incidents.json', record: 'first-clash', field: 'id', value: '"first-clash"' }]);
  });

  it('reports a change whose "from" is not the controller in force', () => {
    const { dataset, problems } = validate((raw) => { raw.control.changes[2]!.from = 'orange'; });
    expect(problems.map(brief)).toEqual([{ file: 'control.json', record: 'north-taken', field: 'from', value: '"orange"' }]);
    expect(dataset?.control.changes.map((c) => c.id)).toEqual(['jail-contested', 'jail-taken']);
  });

  it('reports an unknown field and a time without an offset', () => {
    const { problems } = validate((raw) => {
      raw.incidents[0]!.summery = 'typo';
      raw.incidents[1]!.start = '2016-04-21T12:00';
    });
    expect(problems.map(brief)).toEqual([
      { file: 'incidents.json', record: 'first-clash', field: 'summery', value: '"typo"' },
      { file: 'incidents.json', record: 'jail-capture', field: 'start', value: '"2016-04-21T12:00"' },
    ]);
    expect(problems[1]?.message).toMatch(/offset/);
  });

  it('rewinds a clockwise ring and says so as a warning', () => {
    const { dataset, problems } = validate((raw) => {
      const g = raw.sites.features[0]!.geometry as { coordinates: number[][][] };
      g.coordinates[0]!.reverse();
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'sites.geojson', record: 'north', severity: 'warning' });
    expect(dataset?.sites).toHaveLength(3);
  });

  // Found by fuzzing the loader (tests/core/dataset-fuzz.test.ts).
  it('reports a value nested too deeply to print, instead of throwing', () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`) as unknown;
    const { dataset, problems } = validate((raw) => { raw.incidents[0]!.note = deep; });
    expect(problems.map(brief)).toEqual([{ file: 'incidents.json', record: 'first-clash', field: 'note', value: '[…]' }]);
    expect(dataset?.incidents).toHaveLength(3);
  });

  it('reports a control file that is null, or lacks one of its lists, by file and field', () => {
    expect(validate((raw) => { (raw as { control: unknown }).control = null; }).problems.map(brief))
      .toContainEqual({ file: 'control.json', record: undefined, field: undefined, value: 'null' });
    const { dataset, problems } = validate((raw) => { delete (raw.control as { changes?: unknown }).changes; });
    expect(problems.map(brief)).toEqual([{ file: 'control.json', record: undefined, field: 'changes', value: '(missing)' }]);
    expect(dataset?.control.initial).toHaveLength(3);
    expect(validate((raw) => { (raw.control as { initial: unknown }).initial = 'x'; }).problems.map(brief))
      .toContainEqual({ file: 'control.json', record: undefined, field: 'initial', value: '"x"' });
  });

  it('names an empty field name, a blank id and a huge id so that each can be found', () => {
    const { problems } = validate((raw) => {
      raw.incidents[0]![''] = 1;
      raw.incidents[1]!.id = '  ';
      raw.incidents[2]!.id = 'x'.repeat(100_000);
      raw.incidents[2]!.location = { site: 'nowhere' };
    });
    expect(problems.map((p) => [p.record, p.field])).toEqual([
      ['first-clash', '""'], ['item 2', 'id'], [`${'x'.repeat(79)}…`, 'location.site'],
    ]);
  });

  it('reports a manifest field that is wrong and loads nothing', () => {
    const problems: Problem[] = [];
    const m = { ...(read('dataset.json') as object), timezone: 'Mars/Olympus' };
    expect(validateManifest(m, 'dataset.json', problems)).toBeNull();
    expect(problems.map(brief)).toEqual([{ file: 'dataset.json', record: undefined, field: 'timezone', value: '"Mars/Olympus"' }]);
  });
});

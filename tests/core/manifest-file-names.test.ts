// A manifest's file names are used exactly as written: a name that cannot be a file's path is a
// problem of the manifest, and no problem ever names a file the manifest does not give.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/dataset';
import type { Problem } from '../../src/core/types';
import { MANIFEST_NAME, loadTexts, mini, textsOf, type RawDataset } from '../helpers/raw-dataset';

/** The mini fixture with its sources file renamed in the manifest (the file stored under the new name). */
function withSourcesNamed(name: string): RawDataset {
  const raw = mini();
  (raw.manifest.files as Record<string, string>).sources = name;
  return raw;
}

function givenNames(raw: RawDataset): Set<string> {
  return new Set([MANIFEST_NAME, ...Object.values(raw.manifest.files as Record<string, string>)]);
}

const brief = (p: Problem) => ({ file: p.file, field: p.field, value: p.value });

describe('file names in a manifest', () => {
  // The fuzz run's case (dataset-fuzz, seed: 1253006591): the sources file named "\t\u0000", and a
  // field deleted from a source. The name was trimmed to "\u0000", and a problem named that file.
  it.each(['\t\u0000', '\u0000\t'])('rejects the manifest for a file named %j, naming only files the manifest gives', async (name) => {
    const raw = withSourcesNamed(name);
    delete (raw.files.sources as Record<string, unknown>[])[0]?.publisher;
    const { dataset, problems } = await loadTexts(textsOf(raw));
    expect(dataset).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(givenNames(raw)).toContain(p.file);
    expect(problems.map(brief)).toContainEqual({ file: MANIFEST_NAME, field: 'files.sources', value: JSON.stringify(name) });
  });

  it('rejects a name with spaces around it, rather than trimming it to another file\'s name', async () => {
    const raw = withSourcesNamed(' sources.json ');
    const { dataset, problems } = await loadTexts(textsOf(raw));
    expect(dataset).toBeNull();
    expect(problems.map(brief)).toEqual([{ file: MANIFEST_NAME, field: 'files.sources', value: '" sources.json "' }]);
    expect(problems[0]?.message).toMatch(/white space/);
  });

  it.each([
    ['empty', ''],
    ['a line break inside', 'sour\nces.json'],
    ['a folder', 'data/'],
    ['the parent folder', '..'],
    ['half a surrogate pair', 'sources\ud800.json'],
  ])('rejects a name that is %s', async (_, name) => {
    const { dataset, problems } = await loadTexts(textsOf(withSourcesNamed(name)));
    expect(dataset).toBeNull();
    expect(problems.map(brief)).toEqual([{ file: MANIFEST_NAME, field: 'files.sources', value: JSON.stringify(name) }]);
  });

  it.each(['src.json', 'records/sources 2016.json', 'https://example.org/data/sources.json'])('loads a dataset whose sources file is named %j', async (name) => {
    const texts = textsOf(withSourcesNamed(name));
    const read: string[] = [];
    const { dataset, problems } = await loadDataset(`m/${MANIFEST_NAME}`, async (path) => {
      read.push(path);
      // A URL is read as given; other names are relative to the manifest's folder.
      const text = texts.get(path.startsWith('m/') ? path.slice(2) : path);
      if (text === undefined) throw new Error(`not found: ${path}`);
      return text;
    });
    expect(read).toContain(name.startsWith('https:') ? name : `m/${name}`);
    expect(problems).toEqual([]);
    expect(dataset?.sources.length).toBeGreaterThan(0);
  });
});

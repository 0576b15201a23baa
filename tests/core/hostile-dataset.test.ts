import { describe, expect, it } from 'vitest';
import { loadFromDisk, loadValid } from '../helpers/fs-dataset';

const DIR = 'tests/fixtures/hostile';

describe('the hostile fixture', () => {
  it('is valid, so that every field of it reaches the UI in the browser test', async () => {
    const dataset = await loadValid(`${DIR}/dataset.json`);
    expect(dataset.manifest.title).toMatch(/^\{dataset title\} <script>/);
    expect(dataset.sources.map((s) => s.url)).toContain('JaVaScRiPt:window.__pwned=1');
    expect(dataset.basemap.some((f) => f.geometry.type === 'LineString' && f.properties.name)).toBe(true);
    expect(dataset.story).toHaveLength(2);
  });

  it('has its disguised URLs reported by file, record and field', async () => {
    const { dataset, problems } = await loadFromDisk(`${DIR}/dataset-rejected-urls.json`);
    expect(dataset?.sources.map((s) => s.id) ?? []).not.toContain('src-javascript');
    const urlProblems = problems.filter((p) => p.field === 'url').map((p) => [p.file, p.record, p.value]);
    expect(urlProblems).toEqual(expect.arrayContaining([
      ['sources-rejected-urls.json', 'src-javascript', '" JaVaScRiPt:window.__pwned=1"'],
      ['sources-rejected-urls.json', 'src-mixed-case', '"\\tjavascript:window.__pwned=1"'],
      ['sources-rejected-urls.json', 'src-data-html', '"java\\nscript:window.__pwned=1"'],
      ['sources-rejected-urls.json', 'src-vbscript', '"\\u0001javascript:window.__pwned=1"'],
      ['sources-rejected-urls.json', 'src-file', '"ｊavascript:window.__pwned=1"'],
    ]));
  });
});

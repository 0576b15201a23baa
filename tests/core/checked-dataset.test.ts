// The build's checked copy of a dataset reads back as the loader's result; anything else is refused,
// so the page falls back to validating the dataset itself.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHECKED_FORMAT, checkedDatasetText, readCheckedDataset } from '../../src/core/checked-dataset';
import { loadDataset } from '../../src/core/dataset';

const load = () => loadDataset('examples/datasets/invented-town/dataset.json', (path) => readFile(path, 'utf8'));

describe('checked dataset', () => {
  it('reads back as the loader gave it, problems included', async () => {
    const { dataset, problems } = await load();
    expect(dataset).not.toBeNull();
    const warning = [{ file: 'incidents.json', record: 'x', field: 'summary', message: 'an invented warning', severity: 'warning' as const }];
    expect(readCheckedDataset(JSON.parse(checkedDatasetText(dataset!, [...problems, ...warning]))))
      .toEqual({ dataset, problems: [...problems, ...warning] });
  });

  it('refuses what is not a checked copy: another format, a manifest, a bundle, a copy with a part missing', async () => {
    const { dataset } = await load();
    const good = JSON.parse(checkedDatasetText(dataset!, [])) as Record<string, unknown>;
    expect(readCheckedDataset({ ...good, format: 'conflict-map-checked/2' })).toBeNull();
    expect(readCheckedDataset(JSON.parse(await readFile('examples/datasets/invented-town/dataset.json', 'utf8')))).toBeNull();
    expect(readCheckedDataset({ format: 'conflict-map-bundle/1', manifest: {}, files: {} })).toBeNull();
    for (const part of ['manifest', 'control', 'incidents', 'start']) {
      const copy = structuredClone(good);
      delete (copy.dataset as Record<string, unknown>)[part];
      expect(readCheckedDataset(copy), part).toBeNull();
    }
    expect(readCheckedDataset({ format: CHECKED_FORMAT, dataset: good.dataset })).toBeNull();
    expect(readCheckedDataset(null)).toBeNull();
    expect(readCheckedDataset([good])).toBeNull();
  });
});

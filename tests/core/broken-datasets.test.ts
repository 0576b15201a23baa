// Fixture tests: each folder in tests/fixtures/broken holds files that replace the mini dataset's,
// and expected-problems.json, the exact problem list they must produce (REGEN=1 rewrites it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/dataset';
import { expectedText } from '../helpers/expected-file';

const BROKEN = 'tests/fixtures/broken';
const MINI = 'tests/fixtures/mini';

describe.each(readdirSync(BROKEN))('broken dataset: %s', (name) => {
  it('produces the expected problems, and keeps every good record', async () => {
    const dir = join(BROKEN, name);
    const { dataset, problems } = await loadDataset(`${MINI}/dataset.json`, async (path) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const override = join(dir, file);
      return readFileSync(existsSync(override) ? override : path, 'utf8');
    });
    const expectedFile = join(dir, 'expected-problems.json');
    expect(problems).toEqual(JSON.parse(expectedText(expectedFile, `${JSON.stringify(problems, null, 2)}\n`)));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.file).toMatch(/\.(geo)?json$/);
    expect(dataset).not.toBeNull();
  });
});

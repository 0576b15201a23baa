// npm run render draws Natural Earth's country borders, read from the world-atlas package, for a
// dataset of incidents only, and none for the built-in dataset, whose basemap holds it all.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSvg } from '../helpers/svg-dom';

const run = promisify(execFile);

async function render(args: string[]): Promise<Document> {
  const out = join(mkdtempSync(join(tmpdir(), 'render-')), 'picture.svg');
  await run('npx', ['tsx', 'src/cli/render.ts', ...args, '--out', out]);
  return parseSvg(readFileSync(out, 'utf8'));
}

describe('npm run render and country borders', () => {
  it('draws them, and credits Natural Earth, for a dataset of incidents only', async () => {
    const doc = await render(['--data', 'tests/fixtures/incidents-only/dataset.json', '--at', '2021-03-05']);
    expect(doc.querySelectorAll('.country-borders path.country-border')).toHaveLength(1);
    expect(doc.documentElement.textContent).toContain('Country borders: Natural Earth');
  }, 30_000);

  it('draws none for the built-in dataset', async () => {
    const doc = await render(['--at', '2016-04-21T12:00']);
    expect(doc.querySelector('.country-borders')).toBeNull();
  }, 30_000);
});

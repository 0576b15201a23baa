import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';

const run = (script: string, args: string[]) => promisify(execFile)('npx', ['tsx', script, ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);

describe('npm run snapshot', () => {
  it('writes the snapshot at a moment to a file, the same bytes as standard output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snap-')), 's.geojson');
    const toFile = await run('src/cli/snapshot.ts', ['--at', '2016-04-22T16:00', '--out', out]);
    expect(toFile.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(getIssues(text)).toEqual([]);
    const fc = JSON.parse(text) as { snapshot: { at: string }; features: { id: string; properties: { controller?: string } }[] };
    expect(fc.snapshot.at).toBe('2016-04-22T16:00:00+03:00');
    expect(fc.features.find((f) => f.id === 'allaya-prison')?.properties.controller).toBe('asayish');
    const toStdout = await run('src/cli/snapshot.ts', ['--at', '2016-04-22T16:00']);
    expect(toStdout.stdout).toBe(text);
  }, 30_000);

  it('snapshots another dataset, and explains a bad --at', async () => {
    const other = await run('src/cli/snapshot.ts', ['--at', '2030-06-02', '--data', 'examples/datasets/invented-town/dataset.json']);
    expect(other.code).toBe(0);
    expect(JSON.parse(other.stdout).snapshot.whole_day).toBe('2030-06-02');
    const bad = await run('src/cli/snapshot.ts', ['--at', 'banana']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--at "banana": not a date or time/);
  }, 30_000);
});

describe('npm run export-csv', () => {
  it('writes every incident as CSV', async () => {
    const { code, stdout } = await run('src/cli/export-csv.ts', []);
    expect(code).toBe(0);
    const incidents = JSON.parse(readFileSync('data/incidents.json', 'utf8')) as unknown[];
    expect(stdout.split('\r\n')[0]).toMatch(/^id,type,title,start,end/);
    expect(stdout.match(/\r\n(?=[a-z0-9-]+,[a-z]+,)/g)?.length).toBe(incidents.length);
  }, 30_000);
});

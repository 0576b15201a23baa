// The command-line tools read their flags strictly: a mistyped or incomplete flag stops the tool with
// exit code 2 and a message naming it (nothing written), --help lists the flags, valid runs still work.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[]) => promisify(execFile)('npx', ['tsx', `src/cli/${script}.ts`, ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);
const tmp = () => mkdtempSync(join(tmpdir(), 'flags-'));

describe('command-line flags', () => {
  it('refuses an unknown flag, naming it, and writes nothing', async () => {
    const out = join(tmp(), 'f.geojson');
    const [snapshot, csv, validate] = await Promise.all([
      run('snapshot', ['--at', '2016-04-21T14:30', '--outt', out]),
      run('export-csv', ['--ouT', out]),
      run('validate', ['data/dataset.json', '--strict']),
    ]);
    expect(snapshot).toMatchObject({ code: 2, stdout: '' });
    expect(snapshot.stderr).toMatch(/Unknown option '--outt'/);
    expect(snapshot.stderr).toMatch(/--at, --out, --data, --layers/);
    expect(existsSync(out)).toBe(false);
    expect(csv).toMatchObject({ code: 2, stdout: '' });
    expect(csv.stderr).toMatch(/'--ouT'/);
    expect(validate).toMatchObject({ code: 2, stdout: '' });
    expect(validate.stderr).toMatch(/'--strict'/);
  }, 60_000);

  it('refuses a flag whose value is missing, naming it', async () => {
    const [atEnd, data, noAt] = await Promise.all([
      run('snapshot', ['--at']),
      run('export-csv', ['--data']),
      run('snapshot', ['--out', join(tmp(), 'f.geojson')]),
    ]);
    expect(atEnd).toMatchObject({ code: 2, stdout: '' });
    expect(atEnd.stderr).toMatch(/'--at <value>' argument missing/);
    expect(data).toMatchObject({ code: 2, stdout: '' });
    expect(data.stderr).toMatch(/'--data <value>' argument missing/);
    expect(noAt).toMatchObject({ code: 2, stdout: '' });
    expect(noAt.stderr).toMatch(/^--at is required$/m);
  }, 60_000);

  it('lists the flags with --help, and exits 0', async () => {
    const [snapshot, csv, validate] = await Promise.all([run('snapshot', ['--help']), run('export-csv', ['--help']), run('validate', ['--help'])]);
    expect(snapshot.code).toBe(0);
    for (const flag of ['--at <time>', '--out <file>', '--data <file>', '--layers <list>', '--help']) expect(snapshot.stdout).toContain(flag);
    expect(csv.code).toBe(0);
    for (const flag of ['--out <file>', '--data <file>', '--help']) expect(csv.stdout).toContain(flag);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('<manifest>');
  }, 60_000);

  it('still runs with valid flags, in either form (--flag value, --flag=value)', async () => {
    const dir = tmp();
    const [snapshot, csv] = await Promise.all([
      run('snapshot', ['--at=2016-04-21T14:30', '--layers', 'control', '--out', join(dir, 's.geojson')]),
      run('export-csv', ['--data=tests/fixtures/mini/dataset.json', '--out', join(dir, 'i.csv')]),
    ]);
    expect(snapshot.code).toBe(0);
    const fc = JSON.parse(readFileSync(join(dir, 's.geojson'), 'utf8')) as { snapshot: { filters: { layers: string[] } } };
    expect(fc.snapshot.filters.layers).toEqual(['control']);
    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, 'i.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,type,title,start/);
  }, 60_000);
});

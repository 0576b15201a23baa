// `npm run changes`: the Changes GeoJSON or CSV of a range, to a file or standard output; bad
// arguments stop it with exit code 2 and a message naming them, and nothing is written.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';

const run = (args: string[]) => promisify(execFile)('npx', ['tsx', 'src/cli/changes.ts', ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);
const tmp = () => mkdtempSync(join(tmpdir(), 'changes-'));

interface Parsed {
  changes: { from: string; to: string; dataset: { id: string } };
  features: { id: string; properties: { feature_type: string; controller_before?: string; controller_after?: string; changes?: { id: string }[] } }[];
}

describe('npm run changes', () => {
  it('writes the Changes GeoJSON of a range of days to a file, the same bytes as standard output', async () => {
    const out = join(tmp(), 'c.geojson');
    const [toFile, toStdout] = await Promise.all([
      run(['--from', '2016-04-20', '--to', '2016-04-23', '--out', out]),
      run(['--from', '2016-04-20', '--to', '2016-04-23']),
    ]);
    expect(toFile.code).toBe(0);
    expect(toFile.stderr).toMatch(/wrote .*c\.geojson \(4 areas with changes, 24 incidents\)/);
    const text = readFileSync(out, 'utf8');
    expect(toStdout.stdout).toBe(text);
    expect(getIssues(text)).toEqual([]);
    const fc = JSON.parse(text) as Parsed;
    expect(fc.changes).toMatchObject({ from: '2016-04-20T00:00:00+03:00', to: '2016-04-23T23:59:59+03:00' });
    const prison = fc.features.find((f) => f.id === 'allaya-prison')?.properties;
    expect(prison).toMatchObject({ controller_before: 'government', controller_after: 'asayish' });
    expect(prison?.changes?.map((c) => c.id)).toContain('allaya-prison-captured');
  }, 60_000);

  it('includes a change at the last moment named, and takes offsets', async () => {
    const [upTo, justBefore] = await Promise.all([
      run(['--from', '2016-04-22T12:00', '--to', '2016-04-22T15:30']),
      run(['--from', '2016-04-22T09:00Z', '--to', '2016-04-22T12:29Z']),
    ]);
    expect(upTo.code).toBe(0);
    const ids = (JSON.parse(upTo.stdout) as Parsed).features.flatMap((f) => f.properties.changes ?? []).map((c) => c.id);
    expect(ids).toEqual(['security-square-truce']);
    expect(justBefore.code).toBe(0);
    const before = JSON.parse(justBefore.stdout) as Parsed;
    expect(before.changes.from).toBe('2016-04-22T12:00:00+03:00');
    expect(before.features.filter((f) => f.properties.feature_type === 'area')).toEqual([]);
  }, 60_000);

  it('writes the changes as CSV with --csv, and reads another dataset', async () => {
    const [csv, other] = await Promise.all([
      run(['--from', '2016-04-21', '--to', '2016-04-21', '--csv']),
      run(['--from', '2030-06-01', '--to', '2030-06-02', '--data', 'examples/datasets/invented-town/dataset.json', '--csv']),
    ]);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^area,area_name,change,at,time_precision,/);
    expect(rows.slice(1).map((r) => r.split(',')[2])).toEqual(['allaya-prison-captured', 'allaya-secured', 'bakery-contested']);
    expect(other.code).toBe(0);
    expect(other.stdout.trimEnd().split('\r\n').slice(1).map((r) => r.split(',')[2])).toEqual(['mill-contested', 'mill-taken']);
  }, 60_000);

  it('refuses bad arguments with exit code 2 and a message naming them, writing nothing', async () => {
    const out = join(tmp(), 'c.geojson');
    const [unreadable, backwards, outside, unknown, missing] = await Promise.all([
      run(['--from', 'banana', '--to', '2016-04-23', '--out', out]),
      run(['--from', '2016-04-23', '--to', '2016-04-21T10:00', '--out', out]),
      run(['--from', '2016-04-20', '--to', '2016-05-02', '--out', out]),
      run(['--from', '2016-04-20', '--to', '2016-04-23', '--outt', out]),
      run(['--from', '2016-04-20', '--out', out]),
    ]);
    for (const r of [unreadable, backwards, outside, unknown, missing]) expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(unreadable.stderr).toMatch(/--from "banana": not a date or time/);
    expect(backwards.stderr).toMatch(/--to "2016-04-21T10:00" is before --from "2016-04-23"/);
    expect(outside.stderr).toMatch(/--to "2016-05-02": outside the dataset \(2016-04-20T00:00:00\+03:00 to 2016-04-25T00:00:00\+03:00\)/);
    expect(unknown.stderr).toMatch(/Unknown option '--outt'/);
    expect(unknown.stderr).toMatch(/--from, --to, --out, --data, --csv/);
    expect(missing.stderr).toMatch(/^--to is required$/m);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('lists its flags with --help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--from <time>', '--to <time>', '--out <file>', '--data <file>', '--csv', '--help']) expect(help.stdout).toContain(flag);
  }, 30_000);
});

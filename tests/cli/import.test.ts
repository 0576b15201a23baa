// `npm run import`: an ACLED or UCDP export in, a dataset folder out that validate, snapshot, changes,
// render and export-csv all take; bad rows listed by row, column and value; clear usage errors.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[]) => promisify(execFile)('npx', ['tsx', script, ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);
const outDir = () => mkdtempSync(join(tmpdir(), 'import-'));

describe('npm run import', () => {
  it('writes an ACLED export as a dataset that validate, snapshot, changes and export-csv take', async () => {
    const out = outDir();
    const imported = await run('src/cli/import.ts', ['--format', 'acled', 'tests/fixtures/acled/iso-dates.csv', '--out', out]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/iso-dates\.csv: 4 rows kept, 0 rows left out/);
    expect(readdirSync(out).sort()).toEqual(['actors.json', 'control.json', 'dataset.json', 'incidents.json', 'sites.geojson', 'sources.json']);
    const manifest = join(out, 'dataset.json');

    const validated = await run('src/cli/validate.ts', [manifest]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/^valid \(0 warnings\)$/m);

    const snapshot = await run('src/cli/snapshot.ts', ['--data', manifest, '--at', '2016-04-18']);
    expect(snapshot.code).toBe(0);
    expect(getIssues(snapshot.stdout)).toEqual([]);
    const week = (JSON.parse(snapshot.stdout) as { features: { id: string; properties: Record<string, unknown> }[] }).features.find((f) => f.id === 'TST1002');
    expect(week?.properties).toMatchObject({ time_precision: 'week', original: { fields: { sub_event_type: 'Shelling/artillery/missile attack' } } });

    const changes = await run('src/cli/changes.ts', ['--data', manifest, '--from', '2016-04-15', '--to', '2016-04-22']);
    expect(changes.code).toBe(0);
    expect(changes.stdout).toContain('"TST1003"');

    const csv = await run('src/cli/export-csv.ts', ['--data', manifest]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toContain('original: sub_event_type');
    expect(csv.stdout).toContain('TST1003,peaceful-protest,');
  }, 60_000);

  it('writes a UCDP export that render draws', async () => {
    const out = outDir();
    expect((await run('src/cli/import.ts', ['tests/fixtures/ucdp/ged.csv', '--out', out])).code).toBe(0);
    const picture = join(out, 'picture.svg');
    const rendered = await run('src/cli/render.ts', ['--data', join(out, 'dataset.json'), '--at', '2016-04-21', '--out', picture]);
    expect(rendered.code).toBe(0);
    expect(existsSync(picture)).toBe(true);
  }, 60_000);

  it('lists the bad rows (the first 20, or all with --verbose), keeps the good ones, and says how many of each', async () => {
    const out = outDir();
    const { code, stderr } = await run('src/cli/import.ts', ['tests/fixtures/ucdp/malformed.csv', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^tests\/fixtures\/ucdp\/malformed\.csv: row 4, latitude = "95": is outside -90 to 90$/m);
    expect(stderr).toMatch(/^tests\/fixtures\/ucdp\/malformed\.csv: row 5, id: is empty: every event needs its id$/m);
    expect(stderr).toMatch(/: 2 rows kept, 9 rows left out$/m);
  }, 30_000);

  it('stops with a clear error for a file of neither codebook, a format its header contradicts, or no --out', async () => {
    const neither = await run('src/cli/import.ts', ['tests/fixtures/vocabulary/dataset.json', '--out', outDir()]);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toMatch(/row 1: not an ACLED or UCDP GED export/);
    const wrong = await run('src/cli/import.ts', ['--format', 'ucdp', 'tests/fixtures/acled/iso-dates.csv', '--out', outDir()]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not a UCDP GED export: its header is ACLED's/);
    const noOut = await run('src/cli/import.ts', ['tests/fixtures/acled/iso-dates.csv']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out is required/);
    const missing = await run('src/cli/import.ts', ['tests/fixtures/acled/no-such-file.csv', '--out', outDir()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-file\.csv: could not be read/);
  }, 60_000);
});

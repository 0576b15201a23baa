import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[]) => promisify(execFile)('npx', ['tsx', script, ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);

describe('--sources', () => {
  it('leaves out of a snapshot what only hidden sources support, and records the filter', async () => {
    const { code, stdout } = await run('src/cli/snapshot.ts', ['--at', '2016-04-21T20:00', '--sources=-kind:government_outlet']);
    expect(code).toBe(0);
    const fc = JSON.parse(stdout) as { snapshot: { filters: { sources?: { hidden_kinds: string[]; records_left_out: { incidents: number } } } }; features: { id: string }[] };
    expect(fc.snapshot.filters.sources?.hidden_kinds).toEqual(['government_outlet']);
    expect(fc.snapshot.filters.sources?.records_left_out.incidents).toBe(2);
    expect(fc.features.map((f) => f.id)).not.toContain('sootoro-counter-attack');
    const all = JSON.parse((await run('src/cli/snapshot.ts', ['--at', '2016-04-21T20:00'])).stdout) as typeof fc;
    expect(all.features.map((f) => f.id)).toContain('sootoro-counter-attack');
    expect(all.snapshot.filters.sources).toBeUndefined();
  }, 60_000);

  it('drops the hidden rows of the CSV and of the changes', async () => {
    const csv = await run('src/cli/export-csv.ts', ['--sources=-almasdar-westernarmeniatv,-rt-340542']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).not.toMatch(/^sootoro-counter-attack,/m);
    expect(csv.stdout).toMatch(/^prison-capture,/m);
    const changes = await run('src/cli/changes.ts', ['--from', '2016-04-20', '--to', '2016-04-23', '--csv', '--sources=-kind:reference,-kind:research_notes']);
    expect(changes.code).toBe(0);
    expect(changes.stdout).not.toMatch(/bakery-contested/);
    expect(changes.stdout).toMatch(/bakery-taken-by-asayish/);
  }, 60_000);

  it('stops on an item that is no kind and no source, naming it, and explains itself in --help', async () => {
    const bad = await run('src/cli/changes.ts', ['--from', '2016-04-20', '--to', '2016-04-23', '--sources=-kind:blogs,-fars']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"-kind:blogs" is no kind/);
    const help = await run('src/cli/render.ts', ['--help']);
    expect(help.stdout).toMatch(/--sources <list>\s+hide sources/);
  }, 60_000);
});

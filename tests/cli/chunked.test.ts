import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[]) => promisify(execFile)('npx', ['tsx', script, ...args]).then(
  ({ stdout }) => ({ code: 0, stdout }),
  (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
);
const FIXTURE = 'tests/fixtures/chunked';

/** The fixture copied to a temporary folder, to be changed there. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chunked-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('the command line on a dataset split by time', () => {
  it('validates every chunk', async () => {
    const { code, stdout } = await run('src/cli/validate.ts', [`${FIXTURE}/dataset.json`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^chunked-test 0\.0\.1: .*7 incidents/m);
  }, 30_000);

  it('names a record outside its chunk by the chunk\'s file, and exits 1', async () => {
    const dir = copy();
    const file = join(dir, 'incidents-2016-04-22.json');
    const chunk = JSON.parse(readFileSync(file, 'utf8')) as { start: string }[];
    chunk[0]!.start = '2016-04-21T08:00:00+03:00';
    writeFileSync(file, JSON.stringify(chunk));
    const { code, stdout } = await run('src/cli/validate.ts', [join(dir, 'dataset.json')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^error: incidents-2016-04-22\.json › bakery-queue-shelling › start = "2016-04-21T08:00:00\+03:00": is outside its chunk's span/m);
  }, 30_000);

  it('snapshots a moment exactly as from the same incidents in one file', async () => {
    const dir = copy();
    const manifest = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as { files: Record<string, string>; incident_chunks?: { file: string }[] };
    const all = (manifest.incident_chunks ?? []).flatMap((c) => JSON.parse(readFileSync(join(dir, c.file), 'utf8')) as unknown[]);
    delete manifest.incident_chunks;
    manifest.files.incidents = 'incidents.json';
    writeFileSync(join(dir, 'incidents.json'), JSON.stringify(all));
    writeFileSync(join(dir, 'one-file.json'), JSON.stringify(manifest));
    const chunked = await run('src/cli/snapshot.ts', ['--at', '2016-04-24T22:00', '--data', `${FIXTURE}/dataset.json`]);
    const oneFile = await run('src/cli/snapshot.ts', ['--at', '2016-04-24T22:00', '--data', join(dir, 'one-file.json')]);
    expect(chunked.code).toBe(0);
    const ids = (JSON.parse(chunked.stdout) as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids).toContain('river-crossing-clash');
    expect(chunked.stdout).toBe(oneFile.stdout);
  }, 60_000);
});

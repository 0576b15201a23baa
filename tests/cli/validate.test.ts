import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const validate = (manifest: string) => run('npx', ['tsx', 'src/cli/validate.ts', manifest]).then(
  ({ stdout }) => ({ code: 0, stdout }),
  (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
);

describe('npm run validate', () => {
  it('passes the built-in dataset', async () => {
    const { code, stdout } = await validate('data/dataset.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^qamishlo-2016-04 .*incidents/m);
    expect(stdout).toMatch(/^valid \(0 warnings\)$/m);
  }, 30_000);

  it('prints each problem with file, record and field, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
    cpSync('tests/fixtures/mini', dir, { recursive: true });
    const incidents = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as { start: string }[];
    incidents[1]!.start = '2016-05-21T12:00:00+03:00';
    writeFileSync(join(dir, 'incidents.json'), JSON.stringify(incidents));
    const { code, stdout } = await validate(join(dir, 'dataset.json'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^error: incidents\.json › jail-capture › start = "2016-05-21T12:00:00\+03:00": is after the dataset.s end/m);
    expect(stdout).toMatch(/^1 problem found$/m);
  }, 30_000);
});

import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunked, type ChunkedSize } from '../../bench/generate-chunked';
import { loadFromPath } from '../../src/cli/load';

const TINY: ChunkedSize = { name: 'tiny', areas: 9, incidents: 300, changes: 20, weeks: 4 };

describe('the chunked synthetic dataset', () => {
  it('is valid, holds every incident once across its weekly chunks, and is written only once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chunked-bench-'));
    const dir = writeChunked(TINY, { root });
    const { dataset, problems } = await loadFromPath(join(dir, 'dataset.json'));
    expect(problems).toEqual([]);
    expect(dataset?.incidents).toHaveLength(300);
    expect(dataset?.manifest.incident_chunks?.map((c) => c.file)).toEqual(['incidents-week-01.json', 'incidents-week-02.json', 'incidents-week-03.json', 'incidents-week-04.json']);
    // 300 in 4 weeks: 75 a week.
    expect((JSON.parse(readFileSync(join(dir, 'incidents-week-03.json'), 'utf8')) as unknown[]).length).toBe(75);
    const written = statSync(join(dir, 'incidents-week-01.json')).mtimeMs;
    expect(writeChunked(TINY, { root })).toBe(dir);
    expect(statSync(join(dir, 'incidents-week-01.json')).mtimeMs).toBe(written);
  });

  it('gives the same chunks for the same seed, other chunks for another', () => {
    const read = (dir: string) => readFileSync(join(dir, 'incidents-week-02.json'), 'utf8');
    const a = writeChunked(TINY, { root: mkdtempSync(join(tmpdir(), 'chunked-bench-')) });
    const b = writeChunked(TINY, { root: mkdtempSync(join(tmpdir(), 'chunked-bench-')) });
    const c = writeChunked(TINY, { root: mkdtempSync(join(tmpdir(), 'chunked-bench-')), seed: 2 });
    expect(read(a)).toBe(read(b));
    expect(read(a)).not.toBe(read(c));
  });
});

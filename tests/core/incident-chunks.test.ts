import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { byChunk, chunkAt, chunkSpans, chunksMeeting, neighbourChunks, viewStarts } from '../../src/core/chunks';
import { chunksForLink } from '../../src/core/link-chunks';
import { loadDataset, type ReadText } from '../../src/core/dataset';
import { indexDataset } from '../../src/core/dataset-index';
import { mergeChunk, mergeSortedUnique } from '../../src/core/merge-chunk';
import { validateManifest } from '../../src/core/validate/manifest';
import type { Manifest, Problem } from '../../src/core/types';

const DIR = 'tests/fixtures/chunked/';
const MANIFEST = `${DIR}dataset.json`;
const manifestJson = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, unknown> & { incident_chunks: { file: string; start: string; end: string }[]; files: Record<string, string> };
const brief = (p: Problem) => ({ file: p.file, record: p.record, field: p.field, value: p.value });
const HOUR = 3_600_000;

/** Reads the fixture from disk, with some files replaced; records which files were read. */
function reader(replaced: Record<string, unknown> = {}): { readText: ReadText; read: string[] } {
  const read: string[] = [];
  const readText: ReadText = async (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    read.push(name);
    return name in replaced ? JSON.stringify(replaced[name]) : readFile(path, 'utf8');
  };
  return { readText, read };
}

function manifestProblems(mutate: (m: ReturnType<typeof manifestJson>) => void): Problem[] {
  const m = manifestJson();
  mutate(m);
  const problems: Problem[] = [];
  validateManifest(m, 'dataset.json', problems);
  return problems;
}

describe('the manifest\'s incident chunks', () => {
  it('accepts the fixture\'s five daily chunks', () => {
    expect(manifestProblems(() => {})).toEqual([]);
  });

  it('needs the incidents in one file or in chunks, not both and not neither', () => {
    expect(manifestProblems((m) => { m.files.incidents = 'incidents.json'; }).map(brief)).toEqual([
      { file: 'dataset.json', record: undefined, field: 'files.incidents', value: '"incidents.json"' },
    ]);
    expect(manifestProblems((m) => { delete (m as { incident_chunks?: unknown }).incident_chunks; }).map((p) => p.field)).toEqual(['files.incidents']);
  });

  it('names a chunk that overlaps the one before, runs backwards, leaves the extent or repeats a file', () => {
    const problems = manifestProblems((m) => {
      m.incident_chunks[2]!.start = '2016-04-21T18:00:00+03:00';
      m.incident_chunks[3]!.end = '2016-04-22T00:00:00+03:00';
      m.incident_chunks[4]!.end = '2016-04-26T00:00:00+03:00';
      m.incident_chunks[1]!.file = 'sites.geojson';
    });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['incident_chunks.1.file', expect.stringMatching(/named twice/)],
      ['incident_chunks.2.start', expect.stringMatching(/before the end of chunk 1/)],
      ['incident_chunks.3.end', expect.stringMatching(/after the chunk's start/)],
      ['incident_chunks.4.end', expect.stringMatching(/after the dataset's end/)],
    ]);
  });
});

describe('loading a dataset split by time', () => {
  it('reads every chunk unless told otherwise, and validates them as one dataset', async () => {
    const { readText, read } = reader();
    const { dataset, problems } = await loadDataset(MANIFEST, readText);
    expect(problems).toEqual([]);
    expect(read.filter((f) => f.startsWith('incidents-'))).toHaveLength(5);
    expect(dataset?.incidents.map((i) => i.id)).toEqual(['first-clash', 'long-siege', 'jail-capture', 'shelling', 'bakery-queue-shelling', 'checkpoint-clash', 'river-crossing-clash']);
    expect(dataset?.chunksLoaded).toEqual([true, true, true, true, true]);
  });

  it('reads only the chunks picked, and says which it holds', async () => {
    const { readText, read } = reader();
    const { dataset, problems } = await loadDataset(MANIFEST, readText, { pickChunks: () => [3] });
    expect(problems).toEqual([]);
    expect(read.filter((f) => f.startsWith('incidents-'))).toEqual(['incidents-2016-04-23.json']);
    expect(dataset?.incidents.map((i) => i.id)).toEqual(['checkpoint-clash']);
    expect(dataset?.chunksLoaded).toEqual([false, false, false, true, false]);
  });

  it('names an incident outside its chunk\'s span by its chunk\'s file and field', async () => {
    const chunk = JSON.parse(readFileSync(`${DIR}incidents-2016-04-23.json`, 'utf8')) as { start: string }[];
    chunk[0]!.start = '2016-04-24T02:00:00+03:00';
    const { readText } = reader({ 'incidents-2016-04-23.json': chunk });
    const { dataset, problems } = await loadDataset(MANIFEST, readText);
    expect(problems.map(brief)).toEqual([{ file: 'incidents-2016-04-23.json', record: 'checkpoint-clash', field: 'start', value: '"2016-04-24T02:00:00+03:00"' }]);
    expect(problems[0]?.message).toMatch(/outside its chunk's span, 2016-04-23T00:00:00\+03:00 to 2016-04-24T00:00:00\+03:00 \(the manifest's incident_chunks\.3\)/);
    expect(dataset?.incidents.some((i) => i.id === 'checkpoint-clash')).toBe(false);
  });

  it('rejects an id that another chunk loaded with it uses, naming that chunk\'s file', async () => {
    const chunk = JSON.parse(readFileSync(`${DIR}incidents-2016-04-24.json`, 'utf8')) as { id: string }[];
    chunk[0]!.id = 'shelling';
    const { readText } = reader({ 'incidents-2016-04-24.json': chunk });
    const { problems } = await loadDataset(MANIFEST, readText);
    expect(problems.map(brief)).toEqual([{ file: 'incidents-2016-04-24.json', record: 'shelling', field: 'id', value: '"shelling"' }]);
    expect(problems[0]?.message).toMatch(/in incidents-2016-04-21\.json too/);
  });
});

describe('which chunks a view needs', () => {
  const spans = chunkSpans(manifestJson() as unknown as Manifest);
  const at = (iso: string) => Date.parse(iso);

  it('finds the chunk of a moment; the last chunk holds the extent\'s end', () => {
    expect(chunkAt(spans, at('2016-04-20T00:00:00+03:00'))).toBe(0);
    expect(chunkAt(spans, at('2016-04-21T00:00:00+03:00'))).toBe(1);
    expect(chunkAt(spans, at('2016-04-25T00:00:00+03:00'))).toBe(4);
    expect(chunkAt(spans, at('2016-04-19T23:59:00+03:00'))).toBe(-1);
  });

  it('a moment needs its chunk and the one its fading window reaches back into; a range every chunk it touches', () => {
    const options = { windowMs: 24 * HOUR, dayStart: (t: number) => t - (t % 86_400_000) };
    const moment = viewStarts({ time: at('2016-04-22T12:00:00+03:00'), span: 'moment', rangeStart: null }, options);
    expect(chunksMeeting(spans, ...moment)).toEqual([1, 2]);
    const late = viewStarts({ time: at('2016-04-20T23:00:00+03:00'), span: 'moment', rangeStart: null }, options);
    expect(chunksMeeting(spans, ...late)).toEqual([0]);
    const range = viewStarts({ time: at('2016-04-24T12:00:00+03:00'), span: 'range', rangeStart: at('2016-04-22T06:00:00+03:00') }, options);
    expect(chunksMeeting(spans, ...range)).toEqual([1, 2, 3, 4]);
  });

  it('reads a link\'s t as the store will: a moment, a whole day, a range; without t, the first moments', () => {
    const manifest = manifestJson() as unknown as Manifest;
    expect(chunksForLink(manifest, '?t=2016-04-20T23:00')).toEqual([0]);
    expect(chunksForLink(manifest, '?t=2016-04-23')).toEqual([2, 3]);
    expect(chunksForLink(manifest, '?t=2016-04-21T06:00/2016-04-23T12:00&layers=clash')).toEqual([0, 1, 2, 3]);
    expect(chunksForLink(manifest, '?event=river-crossing-clash')).toEqual([0]);
    // A time the link cannot read is ignored, as the app ignores it.
    expect(chunksForLink(manifest, '?t=banana')).toEqual([0]);
  });

  it('groups records by the chunk their start falls in', () => {
    const groups = byChunk([{ start: '2016-04-20T05:00:00+03:00' }, { start: '2016-04-24T05:00:00+03:00' }, { start: '2016-04-20T06:00:00+03:00' }], spans);
    expect([...groups.entries()].map(([chunk, list]) => [chunk, list.length])).toEqual([[0, 2], [4, 1]]);
  });

  it('prefetches the neighbours of the chunks shown, within the dataset', () => {
    expect(neighbourChunks(5, [0])).toEqual([1]);
    expect(neighbourChunks(5, [1, 2], 2)).toEqual([3, 0, 4]);
    expect(neighbourChunks(5, [])).toEqual([]);
  });
});

describe('a chunk that arrives later', () => {
  it('gives the same dataset and indexes as loading the chunks together', async () => {
    const whole = await loadDataset(MANIFEST, reader().readText);
    const some = await loadDataset(MANIFEST, reader().readText, { pickChunks: () => [0, 3] });
    const chunk2 = await loadDataset(MANIFEST, reader().readText, { pickChunks: () => [2] });
    const chunk1 = await loadDataset(MANIFEST, reader().readText, { pickChunks: () => [1] });
    const chunk4 = await loadDataset(MANIFEST, reader().readText, { pickChunks: () => [4] });
    if (!whole.dataset || !some.dataset || !chunk1.dataset || !chunk2.dataset || !chunk4.dataset) throw new Error('the fixture did not load');
    let loaded = { dataset: some.dataset, index: indexDataset(some.dataset) };
    // In the order a reader's moves might bring them: after, between, at the end.
    loaded = mergeChunk(loaded, { chunk: 2, incidents: chunk2.dataset.incidents });
    loaded = mergeChunk(loaded, { chunk: 1, incidents: chunk1.dataset.incidents });
    loaded = mergeChunk(loaded, { chunk: 4, incidents: chunk4.dataset.incidents });
    const expected = indexDataset(whole.dataset);
    expect(loaded.dataset.incidents.map((i) => i.id)).toEqual(whole.dataset.incidents.map((i) => i.id));
    expect(loaded.dataset.chunksLoaded).toEqual([true, true, true, true, true]);
    const { incidents } = loaded.index;
    expect(incidents.incidents.map((i) => i.id)).toEqual(expected.incidents.incidents.map((i) => i.id));
    expect(Array.from(incidents.starts)).toEqual(Array.from(expected.incidents.starts));
    expect(Array.from(incidents.ends)).toEqual(Array.from(expected.incidents.ends));
    expect(Array.from(incidents.long)).toEqual(Array.from(expected.incidents.long));
    expect([...incidents.byId.keys()].sort()).toEqual([...expected.incidents.byId.keys()].sort());
    expect(Array.from(loaded.index.events)).toEqual(Array.from(expected.events));
  });

  it('merges two sorted lists of times, each time once', () => {
    expect(Array.from(mergeSortedUnique(Float64Array.from([1, 3, 5]), [2, 3, 6, 6]))).toEqual([1, 2, 3, 5, 6]);
    expect(Array.from(mergeSortedUnique(new Float64Array(0), [4]))).toEqual([4]);
  });
});

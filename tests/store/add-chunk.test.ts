// A chunk of incidents arriving later (a dataset split by time): merged in slices, with pauses between
// them, it gives the store exactly what a merge in one go gives, and the store changes only at the end.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDataset, type ReadText } from '../../src/core/dataset';
import { indexDataset } from '../../src/core/dataset-index';
import type { Dataset } from '../../src/core/types';
import { addChunk, type AddChunkOptions, type ArrivedChunk } from '../../src/store/add-chunk';
import { createAppStore, type AppState, type AppStore } from '../../src/store/store';

const MANIFEST = 'tests/fixtures/chunked/dataset.json';
const readText: ReadText = (path) => readFile(path, 'utf8');

async function loadPicked(chunks: number[] | null): Promise<Dataset> {
  const { dataset } = await loadDataset(MANIFEST, readText, chunks ? { pickChunks: () => chunks } : {});
  if (!dataset) throw new Error('the chunked fixture did not load');
  return dataset;
}

/** A chunk as app/follow-chunks.ts hands it over: its incidents validated, sorted by start. */
async function arrived(chunk: number): Promise<ArrivedChunk> {
  return { chunk, incidents: (await loadPicked([chunk])).incidents, problems: [] };
}

async function storeWith(chunks: number[]): Promise<AppStore> {
  const store = createAppStore();
  store.getState().setLoadResult(await loadPicked(chunks), []);
  return store;
}

/** Everything the merge changes, as plain values. */
function merged(s: AppState) {
  const index = s.index?.incidents;
  return {
    dataset: s.dataset?.incidents.map((i) => i.id), chunksLoaded: s.dataset?.chunksLoaded,
    incidents: index?.incidents.map((i) => i.id), starts: Array.from(index?.starts ?? []), ends: Array.from(index?.ends ?? []),
    long: Array.from(index?.long ?? []), byId: [...(index?.byId.keys() ?? [])].sort(), events: Array.from(s.index?.events ?? []),
    problems: s.problems.map((p) => ({ file: p.file, record: p.record, field: p.field })),
  };
}

/** Adds the chunks in order; counts the pauses, and checks at each that the store has not changed yet. */
async function addAll(store: AppStore, chunks: ArrivedChunk[], options: AddChunkOptions & { during?: (pause: number) => void } = {}): Promise<number> {
  let pauses = 0;
  for (const chunk of chunks) {
    const before = store.getState();
    const pause = options.pause && (async () => {
      expect(store.getState().index).toBe(before.index);
      expect(store.getState().dataset?.incidents).toBe(before.dataset?.incidents);
      options.during?.(pauses);
      pauses++;
      await options.pause?.();
    });
    await addChunk(store, chunk, { ...options, pause });
  }
  return pauses;
}

const noWait = async () => {};

describe('a chunk that arrives later, put into the store', () => {
  it('merged in slices, gives exactly the indexes a merge in one go gives, and those of loading every chunk at once', async () => {
    const whole = await loadPicked(null);
    const expected = indexDataset(whole);
    // After, between, at the end; and the other way round.
    for (const order of [[2, 1, 4], [4, 1, 2]]) {
      const chunks = await Promise.all(order.map(arrived));
      const inOneGo = await storeWith([0, 3]);
      expect(await addAll(inOneGo, chunks)).toBe(0);
      for (const slice of [1, 2]) {
        const inSlices = await storeWith([0, 3]);
        const pauses = await addAll(inSlices, chunks, { pause: noWait, slice });
        // A pause after each slice of ids checked and of times read (the last one just before the index changes).
        expect(pauses).toBeGreaterThanOrEqual(chunks.reduce((n, c) => n + 2 * Math.ceil(c.incidents.length / slice), 0));
        expect(merged(inSlices.getState())).toEqual(merged(inOneGo.getState()));
      }
      const result = merged(inOneGo.getState());
      expect(result.incidents).toEqual(whole.incidents.map((i) => i.id));
      expect(result.dataset).toEqual(whole.incidents.map((i) => i.id));
      expect(result.chunksLoaded).toEqual([true, true, true, true, true]);
      expect(result.starts).toEqual(Array.from(expected.incidents.starts));
      expect(result.ends).toEqual(Array.from(expected.incidents.ends));
      expect(result.long).toEqual(Array.from(expected.incidents.long));
      expect(result.events).toEqual(Array.from(expected.events));
    }
  });

  it('keeps the dataset the store holds, its incidents grown; the index is new', async () => {
    const store = await storeWith([0]);
    const { dataset, index } = store.getState();
    await addChunk(store, await arrived(1), { pause: noWait, slice: 1 });
    const s = store.getState();
    expect(s.dataset).toBe(dataset);
    expect(s.fullDataset).toBe(dataset);
    expect(s.dataset?.incidents.map((i) => i.id)).toEqual(['first-clash', 'long-siege', 'jail-capture', 'shelling']);
    expect(s.dataset?.chunksLoaded).toEqual([true, true, false, false, false]);
    expect(s.index).not.toBe(index);
    expect(s.index?.incidents.byId.get('shelling')?.id).toBe('shelling');
  });

  it('reports an id another chunk has, in slices as in one go, and leaves that incident out', async () => {
    const chunk = await arrived(1);
    const twin = { ...chunk, incidents: [{ ...chunk.incidents[0]!, id: 'first-clash' }, ...chunk.incidents] };
    const inOneGo = await storeWith([0]);
    await addChunk(inOneGo, twin);
    const inSlices = await storeWith([0]);
    await addChunk(inSlices, twin, { pause: noWait, slice: 1 });
    expect(merged(inSlices.getState())).toEqual(merged(inOneGo.getState()));
    expect(merged(inOneGo.getState()).problems).toEqual([{ file: 'incidents-2016-04-21.json', record: 'first-clash', field: 'id' }]);
    expect(inOneGo.getState().index?.incidents.byId.get('first-clash')?.start).toBe('2016-04-20T11:00:00+03:00');
  });

  it('starts again from what the store holds when it changed during a pause: under the source lens, the full dataset grows', async () => {
    const store = await storeWith([0, 3]);
    const full = store.getState().fullDataset as Dataset;
    // As the lens shows it: a filtered copy (here one incident left out), with its own index.
    const lensed = { ...full, incidents: full.incidents.slice(1) };
    const lensIndex = indexDataset(lensed);
    await addChunk(store, await arrived(2), {
      slice: 1,
      pause: async () => { if (store.getState().dataset === full) store.setState({ dataset: lensed, index: lensIndex }); },
    });
    const s = store.getState();
    // The lens's code (app/apply-lens.ts) filters the grown dataset again; until then the lens stays as it was.
    expect(s.dataset).toBe(lensed);
    expect(s.index).toBe(lensIndex);
    expect(s.fullDataset?.incidents.map((i) => i.id)).toEqual(['first-clash', 'long-siege', 'bakery-queue-shelling', 'checkpoint-clash']);
    expect(s.fullDataset?.chunksLoaded).toEqual([true, false, true, true, false]);
  });

  it('adds a chunk once', async () => {
    const store = await storeWith([0]);
    const chunk = await arrived(1);
    await addChunk(store, chunk, { pause: noWait });
    const once = merged(store.getState());
    await addChunk(store, chunk, { pause: noWait });
    expect(merged(store.getState())).toEqual(once);
  });
});

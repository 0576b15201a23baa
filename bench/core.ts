// The core in Node at each size: load + validate, indexing, control state at t, incidents at t, snapshot.
import { performance } from 'node:perf_hooks';
import { controlStateAt } from '../src/core/control';
import { loadDataset } from '../src/core/dataset';
import { indexDataset } from '../src/core/dataset-index';
import { incidentsAround } from '../src/core/incidents';
import { buildSnapshot, GENERATOR, snapshotText } from '../src/core/snapshot';
import { generate, seeded, type SyntheticSize } from './generate';
import { summarize, type Summary } from './stats';

export interface CoreResult {
  size: string;
  loadValidate: Summary;
  index: Summary;
  controlAtT: Summary;
  incidentsAtT: Summary;
  snapshot: Summary;
  snapshotBytes: number;
}

function time(runs: number, fn: (i: number) => void): Summary {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export async function benchCore(size: SyntheticSize): Promise<CoreResult> {
  const { manifest, files } = generate(size);
  const texts: Record<string, string> = { 'dataset.json': JSON.stringify(manifest) };
  for (const [name, json] of Object.entries(files)) texts[name] = JSON.stringify(json);
  const read = async (p: string) => texts[p] as string;

  const loads: number[] = [];
  let dataset = null;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const result = await loadDataset('dataset.json', read);
    loads.push(performance.now() - t0);
    if (result.problems.length > 0 || !result.dataset) throw new Error(`synthetic data invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
    dataset = result.dataset;
  }
  if (!dataset) throw new Error('no dataset');
  const ds = dataset;
  const index = indexDataset(ds);
  const rand = seeded(99);
  const moments = Array.from({ length: 1000 }, () => ds.start + rand() * (ds.end - ds.start));
  let bytes = 0;
  return {
    size: size.name,
    loadValidate: summarize(loads),
    index: time(5, () => indexDataset(ds)),
    controlAtT: time(1000, (i) => controlStateAt(index.control, moments[i] as number)),
    incidentsAtT: time(1000, (i) => incidentsAround(index.incidents, moments[i] as number)),
    snapshot: time(5, (i) => {
      bytes = snapshotText(buildSnapshot(ds, index, { time: moments[i] as number, generator: GENERATOR })).length;
    }),
    snapshotBytes: bytes,
  };
}

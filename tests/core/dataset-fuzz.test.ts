// Fuzzing the dataset loader: 1,200 mutated datasets, each the mini fixture or a generated dataset
// with one to four random mutations (a field deleted or of the wrong type, a broken date, a repeated
// id, a reference to a missing record, coordinates reversed or cut, a file dropped, not JSON, cut
// short or of the wrong shape, the manifest damaged), plus 200 valid datasets that must load cleanly.
// The loader never throws, names every problem well enough to find it, and drops no good record.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs, timeLimit } from '../helpers/properties';
import type { FileKey } from '../../src/core/dataset';
import type { Dataset, Problem } from '../../src/core/types';
import {
  FILE_KEYS, affected, dependencies, inputRecords, loadedRecords, node, recordLists, type Node,
} from '../helpers/dataset-records';
import { arbitraryMutation, damaged, type Damage } from '../helpers/dataset-mutations';
import { MANIFEST_NAME, arbitraryRawDataset, fileNames, loadTexts, textsOf, type RawDataset, type Texts } from '../helpers/raw-dataset';

const MUTATED_RUNS = 1_200;
const VALID_RUNS = 200;
const MAX_VALUE_CHARS = 80;

/**
 * Where a problem is: a real file; then a record and its field, or a record alone when the record is
 * not even an object (so it has no id and is named by position, and its value shows it), or neither
 * when the problem is about the whole file.
 */
function expectWellNamed(p: Problem, fileNamesInUse: Set<string>): void {
  expect(fileNamesInUse).toContain(p.file);
  expect(typeof p.message).toBe('string');
  expect(p.message.trim().length).toBeGreaterThan(0);
  expect(p.message.replace(/"[^]*"/, '"…"')).not.toMatch(/undefined|\[object Object\]/);
  if (p.record !== undefined) {
    expect(p.record.trim().length).toBeGreaterThan(0);
    expect(p.record.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    const wholeRecord = /^item \d+$/.test(p.record) && p.field === undefined && p.value !== undefined && !p.value.startsWith('{');
    if (!wholeRecord) expect(typeof p.field === 'string' && p.field.length > 0, 'a problem inside a record names its field').toBe(true);
  }
  if (p.value !== undefined) expect(p.value.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
  expect([undefined, 'error', 'warning']).toContain(p.severity);
}

/** Parsed content of a file, or undefined when it is missing or not JSON. */
function parsed(texts: Texts, name: string | undefined): unknown {
  const text = name === undefined ? undefined : texts.get(name);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The file names a manifest gives (a damaged manifest may give others). */
function namesIn(manifest: unknown): string[] {
  const files = (manifest as { files?: unknown } | null)?.files;
  return typeof files === 'object' && files !== null ? Object.values(files).filter((n): n is string => typeof n === 'string') : [];
}

/** Whether a file's top level has the shape its records need (lists present, even if empty). */
function wellShaped(key: FileKey, content: unknown): boolean {
  const lists = recordLists(key, content);
  return key === 'control' ? lists.length === 2 : lists.length === 1;
}

/** Every record in the files is loaded or named in a problem; a file that cannot be used says so. */
function expectNothingSilentlyDropped(base: RawDataset, texts: Texts, dataset: Dataset, problems: Problem[]): void {
  const loaded = loadedRecords(dataset);
  for (const [key, name] of Object.entries(fileNames(base)) as [FileKey, string][]) {
    const content = parsed(texts, name);
    const ofFile = problems.filter((p) => p.file === name);
    if (!wellShaped(key, content)) {
      expect(ofFile.some((p) => p.record === undefined), `${name} cannot be used, and a problem must say so`).toBe(true);
    }
    const named = new Set(ofFile.map((p) => p.record).filter((r) => r !== undefined));
    const inputs = inputRecords(key, content);
    for (const r of inputs) {
      const found = r.names.some((n) => loaded[key].includes(n) || named.has(n));
      expect(found, `${name}: ${r.names.join(' / ')} is neither loaded nor named in a problem`).toBe(true);
    }
    // Each rejected record has at least one error of its own (warnings belong to loaded records).
    const errors = ofFile.filter((p) => p.record !== undefined && p.severity !== 'warning');
    expect(loaded[key].length + errors.length).toBeGreaterThanOrEqual(inputs.length);
  }
}

/** Records untouched by the damage, and needing nothing it touched, are all loaded. */
function expectUntouchedLoaded(base: RawDataset, damage: Damage, dataset: Dataset): void {
  const graph = dependencies(base.files);
  const touched = new Set<Node>(damage.touched);
  for (const n of graph.keys()) if (damage.files.has(n.slice(0, n.indexOf('|')) as FileKey)) touched.add(n);
  const hit = affected(graph, touched);
  const loaded = new Set(Object.entries(loadedRecords(dataset)).flatMap(([key, ids]) => ids.map((id) => node(key as FileKey, id))));
  for (const n of graph.keys()) if (!hit.has(n)) expect(loaded, `${n} was not damaged but was not loaded`).toContain(n);
}

const scenario = fc.record({ base: arbitraryRawDataset, mutations: fc.array(arbitraryMutation, { minLength: 1, maxLength: 4 }) });

// Normally 2–4 s; the limit leaves room for a busy machine.
describe('dataset fuzzing', { timeout: timeLimit(30_000) }, () => {
  it(`loads ${VALID_RUNS} valid datasets with no problems and every record`, async () => {
    await fc.assert(fc.asyncProperty(arbitraryRawDataset, async (base) => {
      const { dataset, problems } = await loadTexts(textsOf(base));
      expect(problems).toEqual([]);
      const loaded = loadedRecords(dataset as Dataset);
      for (const key of FILE_KEYS) expect(loaded[key]).toHaveLength(inputRecords(key, base.files[key]).length);
    }), { numRuns: runs(VALID_RUNS) });
  });

  it(`survives ${MUTATED_RUNS} mutated datasets, naming every problem and keeping every good record`, async () => {
    await fc.assert(fc.asyncProperty(scenario, async ({ base, mutations }) => {
      const { texts, damage } = damaged(base, mutations);
      const { dataset, problems } = await loadTexts(texts);
      const inUse = new Set([MANIFEST_NAME, ...namesIn(base.manifest), ...namesIn(parsed(texts, MANIFEST_NAME))]);
      for (const p of problems) expectWellNamed(p, inUse);
      if (dataset === null) {
        expect(damage.files.has('manifest')).toBe(true);
        expect(problems.some((p) => p.file === MANIFEST_NAME)).toBe(true);
        return;
      }
      if (damage.files.has('manifest')) return; // the manifest may now name other files, or fewer
      expectNothingSilentlyDropped(base, texts, dataset, problems);
      expectUntouchedLoaded(base, damage, dataset);
    }), { numRuns: runs(MUTATED_RUNS) });
  });
});

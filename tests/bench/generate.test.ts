import { describe, expect, it } from 'vitest';
import { generate, SIZES } from '../../bench/generate';
import { loadDataset } from '../../src/core/dataset';

describe('the benchmark\'s synthetic dataset', () => {
  it('is valid against the real schema, and the same for the same seed', async () => {
    const size = SIZES[0]!;
    const { manifest, files } = generate(size, 7);
    const texts: Record<string, string> = { 'dataset.json': JSON.stringify(manifest) };
    for (const [name, json] of Object.entries(files)) texts[name] = JSON.stringify(json);
    const { dataset, problems } = await loadDataset('dataset.json', async (p) => texts[p] as string);
    expect(problems).toEqual([]);
    expect(dataset?.sites).toHaveLength(size.areas);
    expect(dataset?.incidents).toHaveLength(size.incidents);
    expect(dataset?.control.changes).toHaveLength(size.changes);
    expect(JSON.stringify(generate(size, 7))).toBe(JSON.stringify({ manifest, files }));
    expect(JSON.stringify(generate(size, 8))).not.toBe(JSON.stringify({ manifest, files }));
  });
});

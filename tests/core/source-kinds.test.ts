import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Source } from '../../src/core/schema';
import { SOURCE_KINDS } from '../../src/core/source-kinds';
import { BUILTIN, loadFromDisk } from '../helpers/fs-dataset';

describe('source kinds', async () => {
  const { dataset } = await loadFromDisk(BUILTIN);
  const sources = dataset!.sources;
  const byId = new Map(sources.map((s) => [s.id, s]));

  it('gives every built-in source a kind and says where it is stated', () => {
    const missing = sources.filter((s) => s.kind === undefined || s.kind_basis === undefined).map((s) => s.id);
    expect(missing).toEqual([]);
    expect(sources).toHaveLength(44);
  });

  it('gives a carried report the kind of the outlet it comes from', () => {
    expect(byId.get('southfront-almasdar')?.kind).toBe('government_outlet');
    expect(byId.get('newarab-2016-04-24')?.kind).toBe('wire_agency');
    expect(byId.get('sohr-via-vice')?.kind).toBe('opposition_monitor');
    expect(byId.get('anf-isku')?.kind).toBe('kurdish_outlet');
  });

  it('marks a kind taken from common description as not checked', () => {
    for (const s of sources.filter((x) => x.kind_basis?.startsWith('Taken from common description'))) {
      expect(s.kind_basis, s.id).toMatch(/not checked here/);
    }
  });

  it('keeps kind optional in the format, and rejects a kind not on the list', () => {
    const plain = { id: 'invented-paper', publisher: 'Invented Gazette', title: 'A made-up report' };
    expect(v.safeParse(Source, plain).success).toBe(true);
    expect(v.safeParse(Source, { ...plain, kind: 'wire_agency' }).success).toBe(true);
    expect(v.safeParse(Source, { ...plain, kind: 'blog' }).success).toBe(false);
    expect(SOURCE_KINDS).toContain('reference');
  });
});

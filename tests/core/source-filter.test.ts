import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterBySources, keepSupported, NO_SOURCE_FILTER, type SourceFilter } from '../../src/core/source-filter';
import { SOURCE_KINDS } from '../../src/core/source-kinds';
import type { Dataset } from '../../src/core/types';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { BUILTIN, loadFromDisk } from '../helpers/fs-dataset';
import { runs } from '../helpers/properties';

/** Invented sources: two papers, a wire and an encyclopaedia, none of them real. */
const POOL = [
  { id: 'gazette', publisher: 'Invented Gazette', title: 'Made-up report', kind: 'kurdish_outlet' as const },
  { id: 'herald', publisher: 'Invented Herald', title: 'Made-up report', kind: 'government_outlet' as const },
  { id: 'wire', publisher: 'Invented Wire', title: 'Made-up wire', kind: 'wire_agency' as const },
  { id: 'atlas', publisher: 'Invented Atlas', title: 'Made-up entry', kind: 'reference' as const },
];

/** Gives each record a non-empty subset of the pool, chosen by `bits`, and each claim one of its record's. */
function withSources(d: Dataset, bits: number[]): Dataset {
  let k = 0;
  const pick = () => {
    const b = bits[k++ % bits.length]! % 15 + 1;
    return POOL.filter((_, j) => b & (1 << j)).map((s) => s.id);
  };
  return {
    ...d,
    sources: POOL,
    incidents: d.incidents.map((i) => {
      const sources = pick();
      return { ...i, sources, casualties: i.casualties.map((c, n) => ({ ...c, source: sources[n % sources.length]! })) };
    }),
    control: { initial: d.control.initial.map((x) => ({ ...x, sources: pick() })), changes: d.control.changes.map((c) => ({ ...c, sources: pick() })) },
  };
}

const sourced = fc.tuple(arbitraryDataset, fc.array(fc.nat(), { minLength: 1, maxLength: 60 })).map(([d, bits]) => withSources(d, bits));
const filter: fc.Arbitrary<SourceFilter> = fc.record({
  hiddenKinds: fc.subarray([...SOURCE_KINDS]),
  hiddenSources: fc.subarray(POOL.map((s) => s.id)),
});
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('the source lens, on invented data', () => {
  const d: Dataset = {
    manifest: { format: 'conflict-map-dataset/1', id: 'invented', version: '1', title: 'Invented', description: 'Nothing here is real.', timezone: 'UTC', extent: { start: '2020-01-01T00:00Z', end: '2020-01-02T00:00Z' }, files: { sources: 's', actors: 'a', sites: 'x', control: 'c', incidents: 'i' } },
    sources: POOL, actors: [], sites: [], basemap: [], story: [], changelog: [], start: 0, end: 1,
    control: {
      initial: [{ site: 'square', controller: 'blue', confidence: 'high', sources: ['herald'] }],
      changes: [
        { id: 'square-to-red', site: 'square', at: '2020-01-01T06:00Z', time_precision: 'hour', from: 'blue', to: 'red', contested: false, confidence: 'low', sources: ['gazette', 'herald'] },
      ],
    },
    incidents: [
      { id: 'made-up-clash', type: 'clash', title: 'A made-up clash', summary: 'Invented.', start: '2020-01-01T05:00Z', time_precision: 'hour', location: { site: 'square' }, actors: [], confidence: 'low', sources: ['herald', 'wire'],
        casualties: [{ claimant: 'Invented Herald', source: 'herald', side: 'other', kind: 'killed', count: 3, qualifier: 'exact' }] },
    ],
  };

  it('hides a record whose every source is hidden, and counts it', () => {
    const lens = filterBySources(d, { hiddenKinds: ['government_outlet', 'wire_agency'], hiddenSources: [] });
    expect(lens.dataset.incidents).toEqual([]);
    expect(lens.hidden).toEqual({ incidents: 1, controlChanges: 0, casualtyClaims: 0, initialControl: 1 });
    // The change keeps its other source, and cites only it.
    expect(lens.dataset.control.changes[0]?.sources).toEqual(['gazette']);
    expect(lens.hiddenSourceCount).toBe(2);
  });

  it('keeps an unsupported starting holder, and names its area', () => {
    const lens = filterBySources(d, { hiddenKinds: [], hiddenSources: ['herald'] });
    expect(lens.dataset.control.initial).toEqual(d.control.initial);
    expect(lens.unsupportedInitial).toEqual(['square']);
  });

  it('drops a hidden source’s casualty claims and keeps the incident the others support', () => {
    const lens = filterBySources(d, { hiddenKinds: ['government_outlet'], hiddenSources: [] });
    expect(lens.dataset.incidents[0]?.casualties).toEqual([]);
    expect(lens.dataset.incidents[0]?.sources).toEqual(['wire']);
    expect(lens.hidden.casualtyClaims).toBe(1);
  });

  it('lets control fall back to the last change still supported', () => {
    const lens = filterBySources(d, { hiddenKinds: ['kurdish_outlet', 'government_outlet'], hiddenSources: [] });
    expect(lens.dataset.control.changes).toEqual([]);
    expect(lens.hidden.controlChanges).toBe(1);
  });

  it('filters any list of records with their own sources (as control claims will be)', () => {
    const claims = [{ to: 'red', sources: ['herald'] }, { to: 'blue', sources: ['gazette', 'herald'] }];
    expect(keepSupported(claims, new Set(['herald']))).toEqual({ kept: [{ to: 'blue', sources: ['gazette'] }], dropped: 1 });
  });
});

describe('the source lens, on the built-in data', async () => {
  const { dataset } = await loadFromDisk(BUILTIN);
  const d = dataset!;

  it('hides the incidents that only government and pro-government outlets report', () => {
    const lens = filterBySources(d, { hiddenKinds: ['government_outlet'], hiddenSources: [] });
    const gone = ids(d.incidents).filter((id) => !ids(lens.dataset.incidents).includes(id));
    expect(gone).toEqual(['sootoro-counter-attack', 'military-intelligence-hq-siege']);
    expect(lens.hidden.incidents).toBe(2);
    expect(lens.hiddenSourceCount).toBe(d.sources.filter((s) => s.kind === 'government_outlet').length);
  });

  it('makes the bakery uncontested when the encyclopaedia and the research notes are hidden', () => {
    const lens = filterBySources(d, { hiddenKinds: ['reference', 'research_notes'], hiddenSources: [] });
    expect(ids(lens.dataset.control.changes)).not.toContain('bakery-contested');
    expect(ids(lens.dataset.control.changes)).toContain('bakery-taken-by-asayish');
  });

  it('drops the claims of control that only hidden sources make, and keeps the rest', () => {
    const claimantsAt = (data: Dataset, id: string) => data.control.changes.find((c) => c.id === id)?.claims?.map((c) => c.sources.join('+'));
    const lens = filterBySources(d, { hiddenKinds: ['government_outlet'], hiddenSources: [] });
    // The pro-government truce account (Al-Masdar, Fars) goes; the encyclopaedia's and the Kurdish officials' stay.
    expect(claimantsAt(d, 'bakery-contested')).toContain('almasdar-truce-reports+fars');
    expect(claimantsAt(lens.dataset, 'bakery-contested')).not.toContain('almasdar-truce-reports+fars');
    expect(claimantsAt(lens.dataset, 'bakery-contested')).toHaveLength((claimantsAt(d, 'bakery-contested')?.length ?? 0) - 1);
    expect(lens.dataset.control.initial.find((i) => i.site === 'corniche')?.claims).toEqual([]);
  });
});

describe('source lens properties', () => {
  it('changes nothing when it hides no source', () => {
    fc.assert(fc.property(sourced, fc.subarray(SOURCE_KINDS.filter((k) => !POOL.some((s) => s.kind === k))), (d, kinds) => {
      for (const f of [NO_SOURCE_FILTER, { hiddenKinds: kinds, hiddenSources: ['not-a-source'] }]) {
        const lens = filterBySources(d, f);
        expect(lens.dataset).toBe(d);
        expect(lens.hidden).toEqual({ incidents: 0, controlChanges: 0, casualtyClaims: 0, initialControl: 0 });
      }
    }), { numRuns: runs(200) });
  });

  it('hides a record when all of its sources are hidden', () => {
    fc.assert(fc.property(sourced, fc.nat(), (d, n) => {
      const records = [...d.incidents, ...d.control.changes];
      fc.pre(records.length > 0);
      const record = records[n % records.length]!;
      const lens = filterBySources(d, { hiddenKinds: [], hiddenSources: record.sources });
      expect([...ids(lens.dataset.incidents), ...ids(lens.dataset.control.changes)]).not.toContain(record.id);
    }), { numRuns: runs(200) });
  });

  it('never shows more when it hides more', () => {
    fc.assert(fc.property(sourced, filter, filter, (d, a, extra) => {
      const more = { hiddenKinds: [...new Set([...a.hiddenKinds, ...extra.hiddenKinds])], hiddenSources: [...new Set([...a.hiddenSources, ...extra.hiddenSources])] };
      const [x, y] = [filterBySources(d, a), filterBySources(d, more)];
      expect(ids(x.dataset.incidents)).toEqual(expect.arrayContaining(ids(y.dataset.incidents)));
      expect(ids(x.dataset.control.changes)).toEqual(expect.arrayContaining(ids(y.dataset.control.changes)));
      const claims = (l: typeof x) => l.dataset.incidents.reduce((n, i) => n + i.casualties.length, 0);
      expect(claims(y)).toBeLessThanOrEqual(claims(x));
      expect(y.hidden.incidents).toBeGreaterThanOrEqual(x.hidden.incidents);
      expect(y.hidden.controlChanges).toBeGreaterThanOrEqual(x.hidden.controlChanges);
    }), { numRuns: runs(200) });
  });
});

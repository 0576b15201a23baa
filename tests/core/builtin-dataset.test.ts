import { describe, expect, it } from 'vitest';
import { areaStateAt, buildControlIndex } from '../../src/core/control';
import { loadedRecords } from '../helpers/dataset-records';
import { BUILTIN, loadFromDisk } from '../helpers/fs-dataset';
import { compareVersions } from '../../src/core/version-order';

const at = (iso: string) => Date.parse(iso);

describe('the built-in Qamishlo dataset', async () => {
  const { dataset, problems } = await loadFromDisk(BUILTIN);

  it('validates with zero problems', () => {
    expect(problems).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  const d = dataset!;
  const index = buildControlIndex(d);

  it('gives every area a controller at the start', () => {
    const areas = d.sites.filter((s) => s.geometry.type !== 'Point').map((s) => s.id);
    for (const id of areas) expect(index.tracks.has(id), id).toBe(true);
  });

  it('passes Allaya prison to Kurdish forces around noon on 21 April', () => {
    expect(areaStateAt(index, 'allaya-prison', at('2016-04-21T11:59:00+03:00'))?.controller).toBe('government');
    const after = areaStateAt(index, 'allaya-prison', at('2016-04-21T12:00:00+03:00'));
    expect(after?.controller).toBe('asayish');
    expect(after?.change?.time_precision).toBe('hour');
  });

  it('dates control from the takeover, not from a later contested state', () => {
    const bakery = areaStateAt(index, 'bakery-stadium', at('2016-04-22T12:00:00+03:00'));
    expect(bakery).toMatchObject({ controller: 'asayish', contested: true });
    expect(bakery?.change?.id).not.toBe(bakery?.sinceChange?.id);
    expect(bakery?.sinceChange?.at).toBe(d.control.changes.find((c) => c.site === 'bakery-stadium' && c.to === 'asayish' && c.from === 'ndf')?.at);
    expect(bakery?.since).toBe(Date.parse(bakery?.sinceChange?.at ?? ''));
  });

  it('has the truce at 15:30 local time on 22 April, to the minute', () => {
    const truce = d.incidents.find((i) => i.type === 'ceasefire');
    expect(truce && Date.parse(truce.start)).toBe(Date.parse('2016-04-22T12:30:00Z'));
    expect(truce?.time_precision).toBe('minute');
  });

  it('keeps Tayy with the NDF: no 2016 source says it changed hands', () => {
    expect(d.control.changes.filter((c) => c.site === 'tayy' && c.from !== c.to)).toEqual([]);
  });

  it('holds nothing from the April 2021 clashes', () => {
    const text = JSON.stringify(d.incidents);
    expect(text).not.toMatch(/2021|military police/i);
  });

  it('keeps each source\'s casualty figures as its own claim', () => {
    for (const inc of d.incidents) {
      for (const c of inc.casualties) expect(inc.sources.includes(c.source) || d.sources.some((s) => s.id === c.source), `${inc.id}`).toBe(true);
    }
    // 102 captured is reported by ARA News and, in AFP's words 'arrested 102', by The New Arab: once per source.
    const statements = d.incidents.flatMap((i) => i.casualties).filter((c) => c.kind === 'captured' && c.count === 102);
    expect(statements.map((c) => c.source).sort()).toEqual(['ara-news-kurds-refuse-concessions', 'newarab-2016-04-24']);
  });

  it('names in its changelog only records the dataset holds (and none it says were removed)', () => {
    const held = loadedRecords(d);
    const named = d.changelog.flatMap((e) => e.records.map((r) => ({ entry: e.id, ...r })));
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) {
      if (r.file === 'manifest') continue;
      expect(held[r.file].includes(r.id ?? ''), `${r.entry}: ${r.file} › ${r.id}`).toBe(r.removed !== true);
    }
  });

  it('answers every item of the November 2026 fact-check in its changelog, all in version 1.1.0', () => {
    const factCheck = d.changelog.filter((e) => e.id.startsWith('fact-check-2026-11-'));
    const items = factCheck.map((e) => Number(/^fact-check-2026-11-(\d+)$/.exec(e.id)?.[1]));
    expect(items).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(new Set(factCheck.map((e) => e.version))).toEqual(new Set(['1.1.0']));
    expect(d.manifest.version).toBe('1.2.0');
  });

  it('lists its changelog newest first, as the format says', () => {
    const versions = d.changelog.map((e) => e.version);
    expect(versions).toEqual([...versions].sort((a, b) => compareVersions(b, a) ?? 0));
    expect(d.changelog[0]?.version).toBe(d.manifest.version);
  });

  it('calls 20–23 April the clashes, and the exchange of 24 April what followed', () => {
    expect(d.manifest.title).toBe('Qamishlo (Qamishli) clashes, 20–23 April 2016');
    expect(d.manifest.description).toMatch(/clashes of 20–23 April 2016/);
    expect(d.manifest.description).toMatch(/exchange of 24 April that followed/);
  });

  it('codes the prisoners freed in the exchange as released, never as captured', () => {
    const exchange = d.incidents.find((i) => i.id === 'prisoner-exchange-first-stage');
    expect(exchange?.casualties.map((c) => c.kind)).toEqual(['released', 'released']);
    expect(exchange?.casualties.every((c) => c.source === 'southfront-almasdar')).toBe(true);
  });

  it('shows al-Wusta as mixed (hatched) throughout, not as wholly held', () => {
    for (const t of ['2016-04-20T00:00:00+03:00', '2016-04-21T12:00:00+03:00', '2016-04-24T12:00:00+03:00']) {
      expect(areaStateAt(index, 'al-wusta', at(t)), t).toMatchObject({ controller: 'sootoro', contested: true });
    }
  });
});

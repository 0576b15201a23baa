// The ACLED-shaped CSV generator (bench/acled-rows.ts, bench/generate-acled.ts): ACLED's 31 columns in
// order, values in the codebook's forms, an invented country's extent and one year, and the same
// bytes for the same seed, from the function and from the command alike.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledCsv } from '../../bench/acled-rows';

const HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,'
  + 'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,'
  + 'geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const ACTOR_TYPES = ['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'];
const SUB_TYPES: Record<string, string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established',
    'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('the ACLED-shaped CSV', () => {
  it('has ACLED\'s 31 columns in order, and the same bytes for the same seed', () => {
    const csv = acledCsv({ rows: 500, seed: 3 });
    expect(csv.slice(0, csv.indexOf('\n'))).toBe(HEADER);
    expect(ACLED_COLUMNS).toHaveLength(31);
    expect(acledCsv({ rows: 500, seed: 3 })).toBe(csv);
    expect(acledCsv({ rows: 500, seed: 4 })).not.toBe(csv);
  });

  it('holds rows a CSV reader reads whole, in the codebook\'s value forms, newest first', () => {
    const { data, errors, meta } = parse(acledCsv({ rows: 2000, seed: 1 }));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...ACLED_COLUMNS]);
    expect(data).toHaveLength(2000);
    expect(new Set(data.map((r) => r.event_id_cnty)).size).toBe(2000);
    const lons = data.map((r) => Number(r.longitude));
    const lats = data.map((r) => Number(r.latitude));
    // Country-sized: several hundred kilometres across (a degree of longitude is about 90 km here).
    expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThan(5);
    expect(Math.max(...lats) - Math.min(...lats)).toBeGreaterThan(3);
    for (const r of data) {
      expect(r.event_id_cnty).toMatch(/^XVM\d+$/);
      expect(r.event_date).toMatch(/^2021-\d{2}-\d{2}$/);
      expect(r.year).toBe('2021');
      expect(['1', '2', '3']).toContain(r.time_precision);
      expect(['1', '2', '3']).toContain(r.geo_precision);
      expect(SUB_TYPES[r.event_type as string]).toContain(r.sub_event_type);
      expect(['Political violence', 'Demonstrations', 'Strategic developments', 'Political violence; Demonstrations']).toContain(r.disorder_type);
      expect(ACTOR_TYPES).toContain(r.inter1);
      expect(r.interaction).toEqual(r.actor2 ? expect.stringMatching(/^[A-Z][\w /]+-[A-Z][\w /]+$/) : `${r.inter1} only`);
      expect(r.latitude).toMatch(/^-?\d+\.\d{4}$/);
      expect(r.iso).toBe('901');
      expect(r.country).toBe('Veldmark');
      expect(Number.isInteger(Number(r.fatalities))).toBe(true);
      expect(Number(r.timestamp)).toBeGreaterThan(Date.parse(`${r.event_date}T00:00Z`) / 1000);
    }
    const dates = data.map((r) => r.event_date as string);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Notes hold commas and quotes: the reader gets them back whole.
    expect(data.some((r) => r.notes?.includes('"heavy, sustained fire"'))).toBe(true);
  });

  it('writes dates as the export tool does, and actor types as numeric codes, when asked', () => {
    const { data } = parse(acledCsv({ rows: 300, seed: 1, dateForm: 'text', inter: 'numeric' }));
    for (const r of data) {
      expect(r.event_date).toMatch(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 2021$/);
      expect(r.inter1).toMatch(/^[1-8]$/);
      expect(r.inter2).toMatch(/^[0-8]$/);
      const [a, b] = [Number(r.inter1), Number(r.inter2)];
      expect(r.interaction).toBe(b === 0 ? `${a}0` : `${Math.min(a, b)}${Math.max(a, b)}`);
    }
  });

  it('comes from the command as from the function', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acled-'));
    const out = join(dir, 'acled.csv');
    await promisify(execFile)('npx', ['tsx', 'bench/generate-acled.ts', '--rows', '250', '--seed', '9', '--out', out]);
    expect(readFileSync(out, 'utf8')).toBe(acledCsv({ rows: 250, seed: 9 }));
  }, 30_000);
});

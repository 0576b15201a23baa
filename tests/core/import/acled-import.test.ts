// ACLED exports (invented rows written from the codebook) through the importer: every column form the
// codebook and real exports use, each malformed row reported by row, column and value.
import { describe, expect, it } from 'vitest';
import { incident, importFixture, validated } from '../../helpers/import-fixture';

const DIR = 'tests/fixtures/acled';

describe('ACLED import', () => {
  it('reads the current 31 columns: time and place precision, types, sources, fatalities, original columns', async () => {
    const result = await importFixture(`${DIR}/iso-dates.csv`);
    expect(result.problems).toEqual([]);
    expect(result.kept).toBe(4);
    const day = incident(result, 'TST1001');
    expect(day).toMatchObject({ start: '2016-04-21T00:00:00+00:00', time_precision: 'day', location: { precision_m: 5000 } });
    expect(day.end).toBeUndefined();
    expect(day.casualties).toEqual([expect.objectContaining({ claimant: 'ACLED', side: 'unattributed', kind: 'killed', count: 3, qualifier: 'about' })]);
    expect(day.original?.fields).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash', disorder_type: 'Political violence' });
    expect(day.summary).toContain('Blue Militia clashed with Testland forces');

    const week = incident(result, 'TST1002');
    expect(week).toMatchObject({ time_precision: 'week', start: '2016-04-18T00:00:00+00:00', location: { precision_m: 25000 } });
    expect(week.time_note).toMatch(/time_precision 2/);
    // A zero is ACLED reporting no fatalities: worded as such, never as "about 0".
    expect(week.casualties).toEqual([expect.objectContaining({ count: 0, qualifier: 'exact', note: 'ACLED reports no fatalities for this event' })]);

    // Code 3 is read as the month (the wider reading), and geo_precision 3 as a region: no circle.
    const month = incident(result, 'TST1003');
    expect(month).toMatchObject({ time_precision: 'month', location: { scope: 'region' } });
    expect(month.location.precision_m).toBeUndefined();

    // An empty fatalities cell is no claim; a source named twice is cited once, after the dataset itself.
    const noFigure = incident(result, 'TST1004');
    expect(noFigure.casualties).toEqual([]);
    expect(noFigure.sources).toEqual(['acled-export', 'testland-times', 'green-wire']);
    const sources = result.bundle?.files.sources ?? [];
    expect(sources.map((s) => s.publisher)).toEqual(['ACLED', 'Testland Times', 'Blue Radio', 'Green Wire']);
  });

  it('declares the codebook\'s vocabulary as far as the events use it', async () => {
    const result = await importFixture(`${DIR}/iso-dates.csv`);
    const m = result.bundle?.manifest;
    expect(m?.incident_layers?.map((l) => l.id)).toEqual(['battles', 'explosions', 'violence_against_civilians', 'protests']);
    expect(m?.incident_types?.map((t) => [t.name.en, t.layer, t.glyph])).toEqual([
      ['Armed clash', 'battles', 'clash'],
      ['Shelling/artillery/missile attack', 'explosions', 'artillery'],
      ['Attack', 'violence_against_civilians', 'attack'],
      ['Peaceful protest', 'protests', 'talks'],
    ]);
    expect(m?.sides?.map((s) => s.id)).toEqual(['state_forces', 'political_militias', 'protesters', 'civilians', 'unattributed']);
    expect(result.bundle?.files.control).toEqual({ initial: [], changes: [] });
  });

  it('reads every date form ACLED has published, and an upper-case header with legacy columns', async () => {
    const result = await importFixture(`${DIR}/long-dates.csv`);
    expect(result.problems).toEqual([]);
    expect(result.bundle?.files.incidents.map((i) => i.start)).toEqual([
      '2016-04-21T00:00:00+00:00', '2016-04-22T00:00:00+00:00', '2016-04-23T00:00:00+00:00',
    ]);
    expect(incident(result, 'TST2002').original?.fields.event_date).toBe('22-April-2016');
  });

  it('reads a byte-order mark, CRLF line ends and a quoted newline, and numbers rows as a spreadsheet does', async () => {
    const result = await importFixture(`${DIR}/bom-crlf.csv`);
    expect(incident(result, 'TST3001').summary).toBe('First line of the notes.\r\nSecond line, still the same record.');
    // The third record starts on the file's fifth line; a spreadsheet shows it as row 4.
    expect(result.problems).toEqual([{ row: 4, column: 'latitude', value: '95', message: 'is outside -90 to 90' }]);
    expect(result.kept).toBe(2);
  });

  it('works with only the columns it needs', async () => {
    const result = await importFixture(`${DIR}/minimal-columns.csv`);
    expect(result.problems).toEqual([]);
    expect(result.bundle?.files.actors).toEqual([]);
    expect(incident(result, 'TST4002')).toMatchObject({ time_precision: 'week', type: 'riots' });
    expect(validated(result).problems).toEqual([]);
  });

  it('gives the same sides for numeric and text actor types', async () => {
    const sidesOf = async (file: string) => Object.fromEntries((await importFixture(`${DIR}/${file}`)).bundle?.files.actors.map((a) => [a.name, a.side]) ?? []);
    const numeric = await sidesOf('numeric-inter.csv');
    expect(numeric).toEqual({
      'Blue Militia': 'political_militias', 'Military Forces of Testland (2010-)': 'state_forces', 'Rioters (Testland)': 'rioters',
      'Red Brigade': 'rebel_groups', 'Foreign Legion of Nowhere': 'external_forces',
    });
    const text = await sidesOf('text-inter.csv');
    expect(text).toMatchObject({
      'Blue Militia': 'political_militias', 'Military Forces of Testland (2010-)': 'state_forces',
      'Red Brigade': 'rebel_groups', 'Foreign Legion of Nowhere': 'external_forces', 'Villagers of Testville': 'identity_militias',
    });
    // inter2 0: no second actor.
    expect(incident(await importFixture(`${DIR}/numeric-inter.csv`), 'TST5002').actors).toEqual(['rioters-testland']);
  });

  it('reports each malformed row by row, column and value, and keeps the good rows', async () => {
    const result = await importFixture(`${DIR}/malformed.csv`);
    expect(result.problems.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 3, column: 'event_date', value: '31 April 2016' },
      { row: 4, column: 'latitude', value: '95' },
      { row: 5, column: 'event_id_cnty', value: '' },
      { row: 6, column: 'event_id_cnty', value: 'TST7001' },
      { row: 7, column: 'time_precision', value: '4' },
      { row: 8, column: 'geo_precision', value: 'x' },
      { row: 9, column: 'event_type', value: 'Parades' },
      { row: 10, column: 'inter1', value: '9' },
      { row: 11, column: 'fatalities', value: 'a few' },
    ]);
    expect(result.problems[3]?.message).toBe('repeats the id of row 2');
    expect(result.kept).toBe(2);
    expect(result.bundle?.files.incidents.map((i) => i.id)).toEqual(['TST7001', 'TST7011']);
    // The first of two rows with one id is the one kept.
    expect(incident(result, 'TST7001').summary).not.toMatch(/Repeats/);
  });

  it('writes datasets that validate without a problem', async () => {
    for (const file of ['iso-dates', 'long-dates', 'bom-crlf', 'minimal-columns', 'numeric-inter', 'text-inter', 'malformed']) {
      const { dataset, problems } = validated(await importFixture(`${DIR}/${file}.csv`));
      expect(problems, file).toEqual([]);
      expect(dataset?.sites.length, file).toBeGreaterThan(0);
    }
  });
});

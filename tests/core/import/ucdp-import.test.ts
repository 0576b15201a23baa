// UCDP GED exports (invented rows written from the codebook) through the importer: each date_prec and
// where_prec, low–best–high kept as one claim with its range, each malformed row reported exactly.
import { describe, expect, it } from 'vitest';
import { incident, importFixture, validated } from '../../helpers/import-fixture';

const DIR = 'tests/fixtures/ucdp';

describe('UCDP GED import', () => {
  it('reads date_start–date_end and each date_prec as a time and its precision', async () => {
    const result = await importFixture(`${DIR}/ged.csv`);
    expect(result.problems).toEqual([]);
    const times = result.bundle?.files.incidents.map((i) => [i.id, i.time_precision, i.start.slice(0, 10), i.end?.slice(0, 10)]);
    expect(times?.slice(0, 5)).toEqual([
      ['900001', 'day', '2016-04-21', undefined],
      ['900002', 'day', '2016-04-18', '2016-04-20'],
      ['900003', 'week', '2016-04-11', '2016-04-17'],
      ['900004', 'month', '2016-04-01', '2016-04-30'],
      ['900005', 'year', '2016-01-01', '2016-12-31'],
    ]);
    expect(result.bundle?.manifest.extent).toEqual({ start: '2016-01-01T00:00:00+00:00', end: '2017-01-01T00:00:00+00:00' });
  });

  it('reads each where_prec as an uncertainty in metres or the area the point stands for', async () => {
    const result = await importFixture(`${DIR}/ged.csv`);
    const places = result.bundle?.files.incidents.map((i) => [i.original?.fields.where_prec, i.location.precision_m ?? i.location.scope]);
    expect(places).toEqual([['1', 5000], ['2', 25000], ['3', 'district'], ['4', 'province'], ['5', 'region'], ['6', 'country'], ['7', 'water']]);
  });

  it('keeps low, best and high as one claim of UCDP\'s, best its figure, even when best is outside the range', async () => {
    const result = await importFixture(`${DIR}/ged.csv`);
    expect(incident(result, '900001').casualties).toEqual([expect.objectContaining({ claimant: 'UCDP GED', count: 3, low: 2, high: 5, qualifier: 'about' })]);
    expect(incident(result, '900007').casualties[0]).toMatchObject({ count: 7, low: 8, high: 12 });
    expect(result.bundle?.files.incidents.every((i) => i.casualties.length === 1)).toBe(true);
  });

  it('gives sides from the Gleditsch–Ward numbers and the type of violence, and types from type_of_violence', async () => {
    const result = await importFixture(`${DIR}/ged.csv`);
    expect(Object.fromEntries(result.bundle?.files.actors.map((a) => [a.name, a.side]) ?? [])).toEqual({
      'Government of Testland': 'state', 'Blue Militia': 'non_state', 'Red Brigade': 'non_state', 'Civilians': 'civilians',
    });
    expect(result.bundle?.manifest.incident_types?.map((t) => [t.name.en, t.layer])).toEqual([
      ['State-based conflict', 'state_based'], ['Non-state conflict', 'non_state'], ['One-sided violence', 'one_sided'],
    ]);
    // event_clarity 2: UCDP could not identify the event fully.
    expect(incident(result, '900006').confidence).toBe('low');
    expect(incident(result, '900001').confidence).toBe('medium');
    expect(incident(result, '900001').summary).toContain('Sources as UCDP lists them: "Testland Times,2016-04-21');
  });

  it('reads plain dates as well as date-times', async () => {
    const result = await importFixture(`${DIR}/date-only.csv`);
    expect(result.problems).toEqual([]);
    expect(incident(result, '900102')).toMatchObject({ start: '2016-04-21T00:00:00+00:00', end: '2016-04-23T00:00:00+00:00', time_precision: 'day' });
  });

  it('reports each malformed row by row, column and value, and keeps the good rows', async () => {
    const result = await importFixture(`${DIR}/malformed.csv`);
    expect(result.problems.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 3, column: 'date_start', value: '21/04/2016' },
      { row: 4, column: 'latitude', value: '95' },
      { row: 5, column: 'id', value: '' },
      { row: 6, column: 'id', value: '900201' },
      { row: 7, column: 'where_prec', value: '8' },
      { row: 8, column: 'date_prec', value: '0' },
      { row: 9, column: 'date_end', value: '2016-04-21 00:00:00.000' },
      { row: 10, column: 'best', value: '-1' },
      { row: 11, column: 'type_of_violence', value: '4' },
    ]);
    expect(result.bundle?.files.incidents.map((i) => i.id)).toEqual(['900201', '900211']);
  });

  it('writes datasets that validate without a problem', async () => {
    for (const file of ['ged', 'date-only', 'malformed']) {
      expect(validated(await importFixture(`${DIR}/${file}.csv`)).problems, file).toEqual([]);
    }
  });
});

// The importer fed row by row, as the browser's worker will feed it from papaparse's step callback:
// records keyed by the header as written, cells in the header's order, and what it does with rows
// and headers it cannot read.
import { describe, expect, it } from 'vitest';
import { createCsvImporter } from '../../../src/core/import/csv-importer';
import { detectCsvFormat, headerNames } from '../../../src/core/import/detect-csv-format';
import { attachOriginalFields } from '../../../src/core/original-fields';
import { daysBetween, readAcledDate, readUcdpDate } from '../../../src/core/import/read-date';

/** An invented ACLED event in the upper-case header of older files. */
const HEADER = ['\ufeffEVENT_ID_CNTY', 'EVENT_DATE', 'TIME_PRECISION', 'EVENT_TYPE', 'SUB_EVENT_TYPE', 'LATITUDE', 'LONGITUDE', 'GEO_PRECISION', 'LOCATION', 'FATALITIES'];
const ROW = ['TST9001', '21 April 2016', '1', 'Battles', 'Armed clash', '0.5', '-20.1', '1', 'Testville', '2'];

describe('createCsvImporter', () => {
  it('reads a record keyed by the header as written (any case, a byte-order mark) like the same cells in order', () => {
    const byRecord = createCsvImporter('acled', { name: 'invented.csv', header: HEADER });
    byRecord.add(Object.fromEntries(HEADER.map((h, i) => [h, ROW[i] ?? ''])), 2);
    const byValues = createCsvImporter('acled', { name: 'invented.csv', header: HEADER });
    byValues.addValues(ROW, 2);
    const a = byRecord.finish();
    expect(a.kept).toBe(1);
    expect(a.bundle?.files.incidents[0]).toMatchObject({ id: 'TST9001', start: '2016-04-21T00:00:00+00:00', location: { site: 'testville' } });
    expect(byValues.finish()).toEqual(a);
  });

  it('with fieldsApart, hands out the original columns as a block beside incidents without them, and builds those left with theirs', () => {
    const rows = ['TST9201', 'TST9202', 'TST9202', 'TST9203'].map((id, i) => [id, ROW[1]!, ROW[2]!, ROW[3]!, i === 3 ? '' : ROW[4]!, ...ROW.slice(5)]);
    const whole = createCsvImporter('acled', { name: 'invented.csv', header: HEADER });
    const apart = createCsvImporter('acled', { name: 'invented.csv', header: HEADER, fieldsApart: true });
    rows.forEach((row, i) => { whole.addValues(row, i + 2); apart.addValues(row, i + 2); });
    const expected = whole.finish().bundle?.files.incidents ?? [];

    // The same rows again: two taken (the repeated id left out of both), the last left for the bundle.
    const again = createCsvImporter('acled', { name: 'invented.csv', header: HEADER, fieldsApart: true });
    rows.slice(0, 3).forEach((row, i) => again.addValues(row, i + 2));
    const taken = again.takeIncidents();
    expect(taken.incidents.map((i) => i.original)).toEqual([{ dataset: 'ACLED' }, { dataset: 'ACLED' }]);
    if (!taken.originals) throw new Error('no block');
    attachOriginalFields(taken.incidents, taken.originals);
    again.addValues(rows[3]!, 5);
    const rest = again.finish().bundle?.files.incidents ?? [];
    expect([...taken.incidents, ...rest]).toEqual(expected);
    expect(expected.map((i) => i.original?.fields.sub_event_type)).toEqual(['Armed clash', 'Armed clash', undefined]);
    expect(apart.finish().bundle?.files.incidents).toEqual(expected);
  });

  it('gives one site per place name and point, and one type per sub-type and layer, whatever the order rows name them in', () => {
    const importer = createCsvImporter('acled', { name: 'invented.csv', header: HEADER });
    // Invented rows: two Testvilles at two points, the first named again; one sub-type written under two event types.
    const rows = [
      ['TST9101', '0.5', '-20.1', 'Battles', 'Armed clash'],
      ['TST9102', '0.7', '-20.3', 'Battles', 'Armed clash'],
      ['TST9103', '0.5', '-20.1', 'Riots', 'Armed clash'],
      ['TST9104', '0.7', '-20.3', 'Battles', 'Armed clash'],
    ];
    rows.forEach(([id, lat, lon, type, sub], i) => importer.addValues([id!, ROW[1]!, ROW[2]!, type!, sub!, lat!, lon!, ROW[7]!, 'Testville', ROW[9]!], i + 2));
    const { bundle } = importer.finish();
    expect(bundle?.files.incidents.map((i) => [i.location.site, i.type])).toEqual([
      ['testville', 'armed-clash'], ['testville-2', 'armed-clash'], ['testville', 'armed-clash-riots'], ['testville-2', 'armed-clash'],
    ]);
    expect(bundle?.files.sites.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([['testville', [-20.1, 0.5]], ['testville-2', [-20.3, 0.7]]]);
  });

  it('shares the parts rows have alike (location, actors, sources, claim) and makes anew those that differ', () => {
    const importer = createCsvImporter('acled', { name: 'invented.csv', header: HEADER });
    // Invented rows: the first two alike but for their id, the third at another place with another figure.
    importer.addValues(['TST9301', ...ROW.slice(1)], 2);
    importer.addValues(['TST9302', ...ROW.slice(1)], 3);
    importer.addValues(['TST9303', ...ROW.slice(1, 5), '0.7', '-20.3', ROW[7]!, 'Otherville', '5'], 4);
    const [a, b, c] = importer.finish().bundle?.files.incidents ?? [];
    if (!a || !b || !c) throw new Error('three incidents expected');
    for (const key of ['location', 'actors', 'sources', 'casualties'] as const) expect(b[key]).toBe(a[key]);
    expect(c.location).not.toBe(a.location);
    expect(c.location).toMatchObject({ site: 'otherville' });
    expect(c.casualties).not.toBe(a.casualties);
    expect([a.casualties[0]?.count, c.casualties[0]?.count]).toEqual([2, 5]);
    // Each keeps its own `original`: the page gives each its own fields.
    expect(b.original).not.toBe(a.original);
  });

  it('reads dates as days of the zone it is given', () => {
    const importer = createCsvImporter('acled', { name: 'invented.csv', header: HEADER, timeZone: 'Asia/Damascus' });
    importer.addValues(ROW, 2);
    const { bundle } = importer.finish();
    expect(bundle?.files.incidents[0]?.start).toBe('2016-04-21T00:00:00+03:00');
    expect(bundle?.manifest.timezone).toBe('Asia/Damascus');
  });

  it('gives each day its own midnight in the zone, one the clocks skip too, the same for every row of that day', () => {
    // Invented rows on the days around Damascus's change to summer time (midnight of 25 March 2016 was skipped).
    const importer = createCsvImporter('acled', { name: 'invented.csv', header: HEADER, timeZone: 'Asia/Damascus' });
    const days = ['24 March 2016', '25 March 2016', '26 March 2016', '24 March 2016', '2016-03-25'];
    days.forEach((day, i) => importer.addValues([`TST93${i}`, day, ...ROW.slice(2)], i + 2));
    const starts = importer.finish().bundle?.files.incidents.map((i) => i.start);
    expect(starts).toEqual([
      '2016-03-24T00:00:00+02:00', '2016-03-25T01:00:00+03:00', '2016-03-26T00:00:00+03:00', '2016-03-24T00:00:00+02:00', '2016-03-25T01:00:00+03:00',
    ]);
  });

  it('reads a cell it has seen before as it read it the first time, a bad one reported every time', () => {
    const header = [...HEADER, 'ACTOR1', 'INTER1'];
    const importer = createCsvImporter('acled', { name: 'invented.csv', header });
    const inters = ['Rebel group', ' rebel  GROUP ', '9', 'Rebel group', '9', '2'];
    inters.forEach((inter, i) => importer.addValues([`TST94${i}`, ...ROW.slice(1), 'Invented Front', inter], i + 2));
    const { bundle, problems } = importer.finish();
    expect(problems.map(({ row, column, value, message }) => [row, column, value, message])).toEqual([
      [4, 'inter1', '9', 'is not an ACLED actor type (1–8, or its name such as "State forces")'],
      [6, 'inter1', '9', 'is not an ACLED actor type (1–8, or its name such as "State forces")'],
    ]);
    expect(bundle?.files.actors.map((a) => [a.name, a.side])).toEqual([['Invented Front', 'rebel_groups']]);
    expect(bundle?.files.incidents).toHaveLength(4);
  });

  it('reports a row with too few or too many cells, and passes over an empty line', () => {
    const importer = createCsvImporter('acled', { name: 'invented.csv', header: HEADER });
    importer.addValues(ROW.slice(0, 4), 2);
    importer.addValues([...ROW, 'extra'], 3);
    importer.addValues([''], 4);
    const { problems, kept, bundle } = importer.finish();
    expect(problems.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 2, column: 'sub_event_type', value: '' },
      { row: 3, column: 'column 11', value: 'extra' },
    ]);
    expect(kept).toBe(0);
    expect(bundle).toBeNull();
  });

  it('names the columns a header lacks, at row 1, and reads no row of it', () => {
    const importer = createCsvImporter('ucdp', { name: 'invented.csv', header: ['id', 'date_start', 'where_prec', 'latitude', 'longitude'] });
    importer.add({ id: '1', date_start: '2016-04-21', where_prec: '1', latitude: '0', longitude: '0' }, 2);
    const { problems, kept } = importer.finish();
    expect(problems.map((p) => [p.row, p.column])).toEqual([[1, 'date_end'], [1, 'date_prec'], [1, 'type_of_violence']]);
    expect(kept).toBe(0);
  });
});

describe('detectCsvFormat', () => {
  it('tells ACLED from UCDP GED by their own columns, case and a byte-order mark aside', () => {
    expect(detectCsvFormat(HEADER)).toBe('acled');
    expect(detectCsvFormat(['id', 'relid', 'date_start', 'date_end', 'where_prec', 'latitude'])).toBe('ucdp');
    expect(detectCsvFormat(['id', 'date', 'latitude', 'longitude'])).toBeNull();
    expect(headerNames(['\ufeffEvent_ID_Cnty ', ' Notes'])).toEqual(['event_id_cnty', 'notes']);
  });
});

describe('codebook dates', () => {
  it('reads each form ACLED has published, and only real dates', () => {
    for (const text of ['2016-04-21', '21 April 2016', '21-April-2016', '21 Apr 2016', ' 21 april 2016 ']) {
      expect(readAcledDate(text), text).toEqual({ year: 2016, month: 4, day: 21 });
    }
    for (const text of ['31 April 2016', '2016-13-01', '29 Feb 2015', '21/04/2016', 'April 21 2016', '']) expect(readAcledDate(text), text).toBeNull();
    expect(readAcledDate('29 Feb 2016')).toEqual({ year: 2016, month: 2, day: 29 });
  });

  it('reads UCDP\'s date-times as their date', () => {
    expect(readUcdpDate('2016-04-21 00:00:00.000')).toEqual({ year: 2016, month: 4, day: 21 });
    expect(readUcdpDate('2016-04-21')).toEqual({ year: 2016, month: 4, day: 21 });
    expect(readUcdpDate('21-04-2016')).toBeNull();
    expect(daysBetween({ year: 2016, month: 4, day: 11 }, { year: 2016, month: 4, day: 17 })).toBe(6);
  });
});

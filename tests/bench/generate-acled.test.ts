// The benchmark's ACLED-shaped generator: the same seed gives the same file, every row but the bad
// ones imports, and the bad ones are where it says.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateAcledCsv } from '../../bench/generate-acled';
import { createCsvImporter } from '../../src/core/import/csv-importer';
import { CSV_PARSE_OPTIONS } from '../../src/core/import/csv-parse-options';
import { detectCsvFormat } from '../../src/core/import/detect-csv-format';

function imported(text: string) {
  const [header = [], ...rows] = Papa.parse<string[]>(text, CSV_PARSE_OPTIONS).data;
  const importer = createCsvImporter('acled', { name: 'generated.csv', header });
  rows.forEach((values, i) => importer.addValues(values, i + 2));
  return { format: detectCsvFormat(header), ...importer.finish() };
}

describe('generateAcledCsv', () => {
  it('gives the same file for the same seed, and another for another', () => {
    expect(generateAcledCsv({ rows: 50, seed: 3 })).toBe(generateAcledCsv({ rows: 50, seed: 3 }));
    expect(generateAcledCsv({ rows: 50, seed: 4 })).not.toBe(generateAcledCsv({ rows: 50, seed: 3 }));
  });

  it('writes an ACLED export whose rows all import, but one bad latitude every badEvery rows', () => {
    const { format, kept, problems } = imported(generateAcledCsv({ rows: 100, seed: 1, badEvery: 25 }));
    expect(format).toBe('acled');
    expect(kept).toBe(96);
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([[26, 'latitude', '95.0000'], [51, 'latitude', '95.0000'], [76, 'latitude', '95.0000'], [101, 'latitude', '95.0000']]);
  });
});

// A seeded ACLED-shaped CSV export: invented events (names say "Synthetic") over a year across a
// country-sized box, with ACLED's columns, codes and date forms, and a bad row every `badEvery` rows,
// so that the import's timing and its problem list are measured on the same file each run.
import { csvCell } from '../src/core/csv';
import { seeded } from './generate';

export interface AcledOptions {
  rows: number;
  seed?: number;
  /** Every this many rows, one bad row (a latitude out of range); 0 for none. */
  badEvery?: number;
}

const HEADER = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

const TYPES = [
  ['Political violence', 'Battles', 'Armed clash'],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Political violence', 'Violence against civilians', 'Attack'],
  ['Demonstrations', 'Protests', 'Peaceful protest'],
  ['Strategic developments', 'Strategic developments', 'Arrests'],
] as const;
const ACTORS = [['Synthetic Forces of the State', 'State forces'], ['Synthetic Rebel Front', 'Rebel groups'], ['Synthetic Militia', 'Political militia'],
  ['Civilians (Synthetic)', 'Civilians'], ['Protesters (Synthetic)', 'Protesters']] as const;
const PROVINCES = ['North Province', 'East Province', 'South Province', 'West Province', 'Central Province'];
const SOURCES = ['Synthetic Times', 'Synthetic Radio', 'Synthetic Observatory'];
// A box the size of Syria, so that the map is at country scale with its borders.
const WEST = 35.8;
const SOUTH = 32.4;
const WIDTH = 6.4;
const HEIGHT = 4.8;
const START = Date.UTC(2016, 0, 1);
const PLACES = 400;

/** The file's text, header first, CRLF line ends as ACLED writes them. */
export function generateAcledCsv({ rows, seed = 1, badEvery = 0 }: AcledOptions): string {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const places = Array.from({ length: PLACES }, (_, i) => ({
    name: `Synthtown ${i + 1}`, province: pick(PROVINCES), lat: SOUTH + rand() * HEIGHT, lon: WEST + rand() * WIDTH,
  }));
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const [disorder, eventType, subType] = pick(TYPES);
    const [actor1, inter1] = pick(ACTORS);
    const [actor2, inter2] = pick(ACTORS);
    const place = pick(places);
    const day = Math.floor(rand() * 366);
    const date = new Date(START + day * 86_400_000).toISOString().slice(0, 10);
    const bad = badEvery > 0 && i % badEvery === badEvery - 1;
    const lat = bad ? 95 : place.lat + (rand() - 0.5) * 0.05;
    const lon = place.lon + (rand() - 0.5) * 0.05;
    const time = rand() < 0.85 ? 1 : rand() < 0.7 ? 2 : 3;
    const cells = [
      `SYN${i + 1}`, date, '2016', time, disorder, eventType, subType, actor1, '', inter1, actor2 === actor1 ? '' : actor2, '', actor2 === actor1 ? '' : inter2,
      '', '', '999', 'Middle East', 'Synthland', place.province, '', '', place.name, lat.toFixed(4), lon.toFixed(4), rand() < 0.8 ? 1 : 2,
      `${pick(SOURCES)}; ${pick(SOURCES)}`, 'National', `On ${date}, a synthetic event near ${place.name}. Invented for the benchmark.`,
      Math.floor(rand() * 4), '', 1_600_000_000 + i,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

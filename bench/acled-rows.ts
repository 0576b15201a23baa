// Rows shaped like an ACLED export (its 31 columns, in order, with the value forms the codebook and
// real exports show: docs/research/acled-ucdp-codebooks.md §1), plainly invented: the Republic of
// Veldmark, a made-up country several hundred kilometres across, its made-up provinces, towns,
// actors and sources, over one year. Seeded: the same options give the same bytes. For the
// importer's benchmark; nothing in it is real.
import { seeded } from './generate';

/** ACLED's current 31 columns, in file order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export interface AcledOptions {
  rows: number;
  seed?: number;
  /** `iso`: 2021-03-16 (the API's form); `text`: 16 March 2021 (the export tool's). Default iso. */
  dateForm?: 'iso' | 'text';
  /** `text`: "State forces", "State forces-Rebel group" (current exports); `numeric`: 1, 12 (older files). Default text. */
  inter?: 'text' | 'numeric';
}

const YEAR = 2021;
const DAY_MS = 86_400_000;
const START = Date.UTC(YEAR, 0, 1);
const DAYS = 365;
/** ISO 3166 leaves 900–999 (numeric) and X.. (alpha-3) to private use: no real country has them. */
const ISO = 901;
const ID_PREFIX = 'XVM';
const COUNTRY = 'Veldmark';
const REGION = 'Middle East';
/** The country's extent: about 620 km east to west and 440 km north to south. */
const WEST = 36.5;
const EAST = 43.5;
const SOUTH = 33.5;
const NORTH = 37.5;

/** ACLED's actor types, by numeric code (1–8). */
const INTER_TEXT = ['', 'State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'];

interface Actor { name: string; inter: number }
const MILITARY: Actor = { name: 'Military Forces of Veldmark (2019-)', inter: 1 };
const POLICE: Actor = { name: 'Police Forces of Veldmark (2019-)', inter: 1 };
const FRONT: Actor = { name: 'Free Hills Front', inter: 2 };
const LOYALISTS: Actor = { name: 'Crown Loyalist Militia', inter: 3 };
const UNIDENTIFIED: Actor = { name: 'Unidentified Armed Group (Veldmark)', inter: 3 };
const COMMUNAL: Actor = { name: 'Osterby Communal Militia (Veldmark)', inter: 4 };
const RIOTERS: Actor = { name: 'Rioters (Veldmark)', inter: 5 };
const PROTESTERS: Actor = { name: 'Protesters (Veldmark)', inter: 6 };
const CIVILIANS: Actor = { name: 'Civilians (Veldmark)', inter: 7 };
const NEIGHBOUR: Actor = { name: 'Military Forces of Norrland (2015-)', inter: 8 };
const ARMED = [MILITARY, FRONT, LOYALISTS, COMMUNAL, UNIDENTIFIED];
const ASSOCIATES = ['Students (Veldmark)', 'Labour Group (Veldmark)', 'Teachers (Veldmark)', 'Farmers (Veldmark)', 'Women (Veldmark)'];

const PROVINCES = ['Osterland', 'Hillmark', 'Southvale', 'Westreach', 'Lakeside', 'Northmoor'];
const NAME_STARTS = ['Oster', 'Kalv', 'Brunn', 'Lind', 'Hag', 'Mar', 'Sol', 'Tor', 'Vik', 'Ask', 'Bjor', 'Eld', 'Fjall', 'Gran', 'Hem', 'Jarn', 'Kors', 'Lov', 'Norr', 'Ulf'];
const NAME_ENDS = ['by', 'hamn', 'feld', 'mark', 'vik', 'dal', 'berg', 'stad', 'holm', 'sund'];
const TOWNS_PER_PROVINCE = 8;
const SOURCES = ['Veldmark Gazette', 'Hill Radio', 'Osterby Herald', 'Norrland Wire', 'Local Monitor Group'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Town { name: string; province: string; district: string; lon: number; lat: number }

/** One kind of event: its type, sub-type, disorder type, who takes part and what it costs. */
interface Kind {
  type: string;
  sub: string;
  disorder: string;
  weight: number;
  actors: (pick: <T>(list: readonly T[]) => T, rand: () => number) => [Actor, Actor | null];
  maxFatalities: number;
  civilianTargeting?: boolean;
  verb: string;
}

const versus = (pick: <T>(l: readonly T[]) => T): [Actor, Actor] => {
  const a = pick(ARMED);
  let b = pick(ARMED);
  while (b === a) b = pick(ARMED);
  return [a, b];
};

// The event types and sub-types are ACLED's (codebook §1.4); how often each comes is invented. Which
// disorder type a riot's sub-type takes is not settled by the sources: these are a plausible choice.
const KINDS: Kind[] = [
  { type: 'Battles', sub: 'Armed clash', disorder: 'Political violence', weight: 20, actors: versus, maxFatalities: 30, verb: 'clashed with' },
  { type: 'Battles', sub: 'Government regains territory', disorder: 'Political violence', weight: 2, actors: () => [MILITARY, FRONT], maxFatalities: 15, verb: 'retook positions held by' },
  { type: 'Battles', sub: 'Non-state actor overtakes territory', disorder: 'Political violence', weight: 2, actors: () => [FRONT, MILITARY], maxFatalities: 15, verb: 'overran positions held by' },
  { type: 'Explosions/Remote violence', sub: 'Air/drone strike', disorder: 'Political violence', weight: 6, actors: (pick) => [pick([MILITARY, NEIGHBOUR]), pick([FRONT, CIVILIANS])], maxFatalities: 12, verb: 'struck' },
  { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', disorder: 'Political violence', weight: 8, actors: (pick, rand) => [pick([MILITARY, FRONT]), rand() < 0.5 ? null : pick([CIVILIANS, LOYALISTS])], maxFatalities: 8, verb: 'shelled' },
  { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', disorder: 'Political violence', weight: 4, actors: (pick) => [UNIDENTIFIED, pick([MILITARY, POLICE, CIVILIANS])], maxFatalities: 6, verb: 'set off a device against' },
  { type: 'Explosions/Remote violence', sub: 'Grenade', disorder: 'Political violence', weight: 1, actors: () => [UNIDENTIFIED, CIVILIANS], maxFatalities: 3, verb: 'threw a grenade at' },
  { type: 'Explosions/Remote violence', sub: 'Suicide bomb', disorder: 'Political violence', weight: 0.3, actors: () => [UNIDENTIFIED, MILITARY], maxFatalities: 20, verb: 'attacked' },
  { type: 'Explosions/Remote violence', sub: 'Chemical weapon', disorder: 'Political violence', weight: 0.05, actors: () => [UNIDENTIFIED, CIVILIANS], maxFatalities: 5, verb: 'attacked' },
  { type: 'Violence against civilians', sub: 'Attack', disorder: 'Political violence', weight: 8, actors: (pick) => [pick(ARMED), CIVILIANS], maxFatalities: 5, civilianTargeting: true, verb: 'attacked' },
  { type: 'Violence against civilians', sub: 'Abduction/forced disappearance', disorder: 'Political violence', weight: 3, actors: (pick) => [pick(ARMED), CIVILIANS], maxFatalities: 0, civilianTargeting: true, verb: 'abducted' },
  { type: 'Violence against civilians', sub: 'Sexual violence', disorder: 'Political violence', weight: 0.5, actors: (pick) => [pick(ARMED), CIVILIANS], maxFatalities: 0, civilianTargeting: true, verb: 'assaulted' },
  { type: 'Protests', sub: 'Peaceful protest', disorder: 'Demonstrations', weight: 20, actors: () => [PROTESTERS, null], maxFatalities: 0, verb: 'demonstrated' },
  { type: 'Protests', sub: 'Protest with intervention', disorder: 'Demonstrations', weight: 3, actors: () => [PROTESTERS, POLICE], maxFatalities: 0, verb: 'demonstrated and were dispersed by' },
  { type: 'Protests', sub: 'Excessive force against protesters', disorder: 'Political violence; Demonstrations', weight: 0.6, actors: () => [POLICE, PROTESTERS], maxFatalities: 3, civilianTargeting: true, verb: 'fired on' },
  { type: 'Riots', sub: 'Violent demonstration', disorder: 'Demonstrations', weight: 5, actors: (pick, rand) => [RIOTERS, rand() < 0.5 ? null : pick([POLICE, MILITARY])], maxFatalities: 2, verb: 'rioted against' },
  { type: 'Riots', sub: 'Mob violence', disorder: 'Political violence', weight: 2, actors: () => [RIOTERS, CIVILIANS], maxFatalities: 2, verb: 'attacked' },
  { type: 'Strategic developments', sub: 'Arrests', disorder: 'Strategic developments', weight: 4, actors: () => [POLICE, CIVILIANS], maxFatalities: 0, verb: 'arrested' },
  { type: 'Strategic developments', sub: 'Agreement', disorder: 'Strategic developments', weight: 0.5, actors: () => [MILITARY, FRONT], maxFatalities: 0, verb: 'agreed a local truce with' },
  { type: 'Strategic developments', sub: 'Change to group/activity', disorder: 'Strategic developments', weight: 1, actors: (pick) => [pick(ARMED), null], maxFatalities: 0, verb: 'announced changes' },
  { type: 'Strategic developments', sub: 'Disrupted weapons use', disorder: 'Strategic developments', weight: 1.5, actors: (pick) => [pick([MILITARY, POLICE]), UNIDENTIFIED], maxFatalities: 0, verb: 'defused a device laid by' },
  { type: 'Strategic developments', sub: 'Headquarters or base established', disorder: 'Strategic developments', weight: 0.5, actors: (pick) => [pick([FRONT, LOYALISTS]), null], maxFatalities: 0, verb: 'set up a base' },
  { type: 'Strategic developments', sub: 'Looting/property destruction', disorder: 'Strategic developments', weight: 1.5, actors: (pick) => [pick(ARMED), CIVILIANS], maxFatalities: 0, verb: 'looted property of' },
  { type: 'Strategic developments', sub: 'Non-violent transfer of territory', disorder: 'Strategic developments', weight: 0.5, actors: () => [FRONT, null], maxFatalities: 0, verb: 'took over an area without a fight' },
  { type: 'Strategic developments', sub: 'Other', disorder: 'Strategic developments', weight: 0.5, actors: (pick) => [pick(ARMED), null], maxFatalities: 0, verb: 'was reported active' },
];
const TOTAL_WEIGHT = KINDS.reduce((sum, k) => sum + k.weight, 0);

/** The CSV's lines, header first, each without its line end; rows newest first, as ACLED's exports list them. */
export function* acledLines({ rows, seed = 1, dateForm = 'iso', inter = 'text' }: AcledOptions): Generator<string> {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const towns = makeTowns(rand);
  const days = Array.from({ length: rows }, () => Math.floor(rand() * DAYS)).sort((a, b) => a - b);
  const events = days.map((day, k) => makeEvent({ day, number: k + 1, towns, rand, pick, dateForm, inter }));
  yield ACLED_COLUMNS.join(',');
  for (let k = events.length - 1; k >= 0; k--) yield (events[k] as string[]).map(field).join(',');
}

/** The whole CSV, LF line ends. */
export function acledCsv(options: AcledOptions): string {
  return `${[...acledLines(options)].join('\n')}\n`;
}

function makeTowns(rand: () => number): Town[] {
  const towns: Town[] = [];
  const used = new Set<string>();
  PROVINCES.forEach((province, p) => {
    // Provinces side by side in two rows of three; towns scattered inside each.
    const w = WEST + (p % 3) * (EAST - WEST) / 3;
    const s = SOUTH + Math.floor(p / 3) * (NORTH - SOUTH) / 2;
    for (let t = 0; t < TOWNS_PER_PROVINCE; t++) {
      const invent = () => `${NAME_STARTS[Math.floor(rand() * NAME_STARTS.length)]}${NAME_ENDS[Math.floor(rand() * NAME_ENDS.length)]}`;
      let name = invent();
      while (used.has(name)) name = invent();
      used.add(name);
      // The first four towns of a province each name a district; the others lie in one of those.
      const district = t < 4 ? `${name} District` : (towns[p * TOWNS_PER_PROVINCE + (t % 4)] as Town).district;
      towns.push({ name, province, district, lon: w + rand() * (EAST - WEST) / 3, lat: s + rand() * (NORTH - SOUTH) / 2 });
    }
  });
  return towns;
}

interface EventInput {
  day: number;
  number: number;
  towns: Town[];
  rand: () => number;
  pick: <T>(list: readonly T[]) => T;
  dateForm: 'iso' | 'text';
  inter: 'text' | 'numeric';
}

function makeEvent({ day, number, towns, rand, pick, dateForm, inter }: EventInput): string[] {
  const kind = pickKind(rand());
  const [actor1, actor2] = kind.actors(pick, rand);
  const town = pick(towns);
  const geoPrecision = rand() < 0.7 ? 1 : rand() < 0.85 ? 2 : 3;
  // A vaguer place is coded to a point near the town, as ACLED codes "near" a town or in a region.
  const spread = geoPrecision === 1 ? 0 : geoPrecision === 2 ? 0.05 : 0.3;
  const lat = town.lat + (rand() - 0.5) * spread;
  const lon = town.lon + (rand() - 0.5) * spread;
  const timePrecision = rand() < 0.8 ? 1 : rand() < 0.75 ? 2 : 3;
  const date = new Date(START + day * DAY_MS);
  const fatalities = kind.maxFatalities === 0 || rand() < 0.5 ? 0 : 1 + Math.floor(rand() ** 2 * kind.maxFatalities);
  const sources = rand() < 0.7 ? [pick(SOURCES)] : [pick(SOURCES.slice(0, 2)), pick(SOURCES.slice(2))];
  const scale = sources.length === 2 ? pick(['Subnational-National', 'National-Regional']) : pick(['National', 'Subnational', 'Regional', 'Other']);
  const assoc1 = actor1 === PROTESTERS && rand() < 0.4 ? (rand() < 0.7 ? pick(ASSOCIATES) : `${ASSOCIATES[0]}; ${ASSOCIATES[2]}`) : '';
  const dayText = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${YEAR}`;
  const place = `${town.name} (${town.district}, ${town.province})`;
  // Commas and quotes in notes, as real ones have: the CSV must quote them.
  const notes = `On ${dayText}, ${actor1.name} ${kind.verb}${actor2 ? ` ${actor2.name}` : ''} in ${place}.`
    + (rand() < 0.2 ? ` Residents described "heavy, sustained fire".` : '')
    + (fatalities > 0 ? ` ${fatalities} fatalities reported.` : '')
    + ' [invented event]';
  const tags = kind.type === 'Protests' || kind.type === 'Riots' ? pick(['crowd size=no report', 'crowd size=no report', 'crowd size=large', '']) : '';
  const addedDays = 1 + Math.floor(rand() * 10);
  return [
    `${ID_PREFIX}${number}`,
    dateForm === 'iso' ? date.toISOString().slice(0, 10) : dayText,
    String(YEAR), String(timePrecision), kind.disorder, kind.type, kind.sub,
    actor1.name, assoc1, interText(actor1.inter, inter), actor2?.name ?? '', '', actor2 ? interText(actor2.inter, inter) : (inter === 'numeric' ? '0' : ''),
    interaction(actor1.inter, actor2?.inter ?? 0, inter),
    kind.civilianTargeting ? 'Civilian targeting' : '',
    String(ISO), REGION, COUNTRY, town.province, town.district, rand() < 0.2 ? `${town.name} Subdistrict` : '', town.name,
    lat.toFixed(4), lon.toFixed(4), String(geoPrecision),
    sources.join('; '), scale, notes, String(fatalities), tags,
    String(Math.floor((START + (day + addedDays) * DAY_MS) / 1000) + Math.floor(rand() * 86_400)),
  ];
}

function pickKind(r: number): Kind {
  let left = r * TOTAL_WEIGHT;
  for (const kind of KINDS) {
    left -= kind.weight;
    if (left < 0) return kind;
  }
  return KINDS[0] as Kind;
}

const interText = (code: number, form: 'text' | 'numeric') => (form === 'numeric' ? String(code) : INTER_TEXT[code] as string);

/** Numeric: the two codes, lower first ("13"; a sole actor "10"). Text: "State forces-Rebel group", or "Protesters only". */
function interaction(a: number, b: number, form: 'text' | 'numeric'): string {
  if (form === 'numeric') return b === 0 ? `${a}0` : `${Math.min(a, b)}${Math.max(a, b)}`;
  if (b === 0) return `${INTER_TEXT[a]} only`;
  return `${INTER_TEXT[Math.min(a, b)]}-${INTER_TEXT[Math.max(a, b)]}`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

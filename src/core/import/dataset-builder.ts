// Turns the events an import read into our format's records: one source per publisher a codebook
// names (and one for the dataset itself), one actor per name, one site per place, the codebook's
// vocabulary as far as the events use it, and no control areas (these datasets have none).
import { BUNDLE_FORMAT } from '../bundle';
import { fromLocalParts, localParts, toLocalIso } from '../time';
import type { ActorRecord, CasualtyClaim, Incident, Manifest, Site, Source } from '../types';
import { UNATTRIBUTED_SIDE, type Codebook } from './codebook';
import type { ImportedEvent, ImportedType } from './imported-event';
import { IMPORTED_FILES, type ImportedBundle } from './imported-bundle';
import { IdMaker, slugOf } from './make-ids';
import { SharedParts } from './shared-parts';
import type { CalendarDate } from './read-date';

export interface BuildOptions {
  codebook: Codebook;
  /** The file's name, as the dataset and its own source name it. */
  name: string;
  /** The zone whose midnights the codebook's dates are read in. */
  timeZone: string;
}

type TypeEntry = ImportedType & { id: string };

/** A calendar day's midnight in the dataset's zone: the instant, and as the records write it. */
interface Midnight {
  ms: number;
  iso: string;
}

/** What the events use of the codebook's vocabulary: only that is declared. */
interface UsedVocabulary {
  usedSides: ReadonlySet<string>;
  claims: boolean;
  types: readonly TypeEntry[];
}

/**
 * Turns events into records as they come, in the file's order (only the records are kept, so that a
 * file of 100,000 rows is held once), and writes them as a bundle.
 */
export class DatasetBuilder {
  private readonly incidents: Incident[] = [];
  private readonly datasetSource: Source;
  /** Sources by publisher and actors by name (each name its own id): one lookup for a name met before. */
  private readonly sources = new Map<string, Source>();
  private readonly sourceIds: IdMaker;
  private readonly actors = new Map<string, ActorRecord>();
  private readonly actorIds = new IdMaker('actor');
  private readonly types = new Map<string, TypeEntry>();
  private readonly typeIds = new IdMaker('type');
  private readonly typeIdOf = new Map<ImportedType, string>();
  private readonly sites = new Map<string, Site>();
  private readonly siteIds = new IdMaker('place');
  /** Each site's id by name, longitude and latitude, all kept: a key string made for every row took twice as long. */
  private readonly siteIdsAt = new SharedParts<string>(Infinity);
  /** What every place shares (placeSite). */
  private readonly placeCommon: PlaceCommon;
  /** A new site for keys name, longitude, latitude: its id. */
  private readonly newSite = (k: readonly unknown[]): string => {
    const name = k[0] as string;
    const id = this.siteIds.fresh(name);
    this.sites.set(id, placeSite(id, name, [k[1] as number, k[2] as number], this.placeCommon));
    return id;
  };
  /** By year·10⁴ + month·100 + day: a file of 100,000 rows has a few hundred days, and reading a zone through Intl is slow. */
  private readonly midnights = new Map<number, Midnight>();
  /**
   * Parts that many incidents have alike (a location, a list of actors or sources, the dataset's claim),
   * made once and shared, which JSON can't tell: nothing changes a record's parts once made, and 2,000
   * imported rows hold about 40 lists of actors. Fewer objects to make, send and collect.
   */
  private readonly shared = {
    siteLocations: new SharedParts<Incident['location']>(),
    pointLocations: new SharedParts<Incident['location']>(),
    actors: new SharedParts<string[]>(),
    sources: new SharedParts<string[]>(),
    claims: new SharedParts<CasualtyClaim[]>(),
  };
  /** The keys of a row's shared parts, refilled for each lookup. */
  private readonly keys: unknown[] = [];
  /** The dataset's claim of a figure: keys count, low, high. */
  private readonly datasetClaim: (keys: readonly unknown[]) => CasualtyClaim[];
  private first = Infinity;
  private last = -Infinity;
  /** Incidents made, those taken away included. */
  private made = 0;
  private anyClaims = false;

  constructor(private readonly opts: BuildOptions) {
    const { dataset, about } = opts.codebook;
    this.datasetSource = {
      id: `${slugOf(dataset)}-export`,
      publisher: dataset,
      title: `${dataset} export ${opts.name}`,
      kind: 'reference',
      kind_basis: `An event dataset compiled from reports, as its codebook describes it: ${about}`,
      note: `The dataset this one was imported from by npm run import; its fatality figures are ${dataset}'s.`,
    };
    this.sourceIds = new IdMaker('source', [this.datasetSource.id]);
    this.placeCommon = placeCommon(dataset, this.datasetSource.id);
    this.datasetClaim = (k) => [fatalityClaim({ count: k[0] as number, low: k[1] as number | undefined, high: k[2] as number | undefined }, dataset, this.datasetSource.id)];
  }

  /** The incidents made, those taken away included. */
  get count(): number {
    return this.made;
  }

  /**
   * The incidents made since the last take, in the file's order, and no longer held: the bundle then
   * lists only those made after. A caller that sends records on as they come (the loader's worker)
   * need not keep 100,000 of them alive to the end, which cost it a sixth of its time in collecting garbage.
   */
  take(): Incident[] {
    return this.incidents.splice(0);
  }

  /** The incidents made since the last take, still held (for the importer to complete before it builds). */
  get held(): readonly Incident[] {
    return this.incidents;
  }

  add(e: ImportedEvent): void {
    const { codebook } = this.opts;
    const source = this.datasetSource.id;
    const start = this.midnight(e.start);
    const end = e.end === undefined ? undefined : this.midnight(e.end);
    if (start.ms < this.first) this.first = start.ms;
    if ((end ?? start).ms > this.last) this.last = (end ?? start).ms;
    // Built field by field, without spreads or sets: 100,000 rows made a million short-lived objects.
    // The shared parts' keys go in lists filled anew each row (shared-parts.ts).
    const site = e.placeName === undefined ? undefined : this.placeOf(e.placeName, e.point);
    const { keys, shared } = this;
    let location: Incident['location'];
    if (site === undefined) {
      keys[0] = e.point[0]; keys[1] = e.point[1]; keys[2] = e.precisionM; keys[3] = e.scope; keys[4] = e.placeNote;
      location = shared.pointLocations.part(keys, pointLocation, 5);
    } else {
      keys[0] = site; keys[1] = e.precisionM; keys[2] = e.scope; keys[3] = e.placeNote;
      location = shared.siteLocations.part(keys, siteLocation, 4);
    }
    let n = 0;
    for (let i = 0; i < e.actors.length; i++) {
      const a = e.actors[i] as ImportedEvent['actors'][number];
      n = addOnce(keys, n, this.actorOf(a.name, a.side));
    }
    const actors = shared.actors.part(keys as string[], copyList, n);
    keys[0] = source;
    n = 1;
    for (let i = 0; i < e.sources.length; i++) n = addOnce(keys, n, this.sourceOf(e.sources[i] as string));
    const sources = shared.sources.part(keys as string[], copyList, n);
    const f = e.fatalities;
    let casualties: CasualtyClaim[] = [];
    if (f !== undefined) {
      keys[0] = f.count; keys[1] = f.low; keys[2] = f.high;
      casualties = shared.claims.part(keys, this.datasetClaim, 3);
    }
    // Keys in the schema's order, so that validation keeps the records as they are.
    const incident: Incident = { id: e.id, type: this.typeOf(e.type), title: e.title, summary: e.summary, start: start.iso } as Incident;
    if (end !== undefined) incident.end = end.iso;
    incident.time_precision = e.precision;
    if (e.timeNote !== undefined) incident.time_note = e.timeNote;
    incident.location = location;
    incident.actors = actors;
    incident.casualties = casualties;
    incident.confidence = e.confidence;
    incident.sources = sources;
    // Without fields where the importer wrote them into a block (import/original-cells.ts): it hands that out with them.
    incident.original = (e.original ? { dataset: codebook.dataset, fields: e.original } : { dataset: codebook.dataset }) as Incident['original'];
    if (incident.casualties.length > 0) this.anyClaims = true;
    this.made += 1;
    this.incidents.push(incident);
  }

  /** The bundle, or null when no event was kept (a dataset needs a time span). */
  build(): ImportedBundle | null {
    if (this.made === 0) return null;
    const { timeZone } = this.opts;
    // The extent ends at the midnight after the last day any event may fall on.
    const lastDay = localParts(this.last, timeZone);
    const extentEnd = fromLocalParts({ year: lastDay.year, month: lastDay.month, day: lastDay.day + 1, hour: 0, minute: 0 }, timeZone);
    const manifest = this.manifest({ start: toLocalIso(this.first, timeZone), end: toLocalIso(extentEnd, timeZone) }, {
      usedSides: new Set([...this.actors.values()].map((a) => a.side)),
      claims: this.anyClaims,
      types: [...this.types.values()],
    });
    return {
      format: BUNDLE_FORMAT,
      manifest,
      files: {
        sources: [this.datasetSource, ...this.sources.values()],
        actors: [...this.actors.values()],
        sites: { type: 'FeatureCollection', features: [...this.sites.values()] },
        control: { initial: [], changes: [] },
        incidents: this.incidents,
      },
    };
  }

  private midnight(d: CalendarDate): Midnight {
    const key = d.year * 10_000 + d.month * 100 + d.day;
    let midnight = this.midnights.get(key);
    if (!midnight) {
      const { timeZone } = this.opts;
      const ms = fromLocalParts({ year: d.year, month: d.month, day: d.day, hour: 0, minute: 0 }, timeZone);
      midnight = { ms, iso: toLocalIso(ms, timeZone) };
      this.midnights.set(key, midnight);
    }
    return midnight;
  }

  private typeOf(t: ImportedType): string {
    // A codebook gives one object per type it reads (acledType): known by it, no key is made.
    const known = this.typeIdOf.get(t);
    if (known !== undefined) return known;
    const id = this.typeEntryOf(t).id;
    this.typeIdOf.set(t, id);
    return id;
  }

  private typeEntryOf(t: ImportedType): TypeEntry {
    const key = `${t.layer}|${t.name}`;
    let type = this.types.get(key);
    if (!type) {
      // A sub-type written under two event types (a mistake in the file) is two types, one per layer.
      type = { id: this.typeIds.idFor(hasName(this.types, t.name) ? `${t.name} ${t.layer}` : t.name), ...t };
      this.types.set(key, type);
    }
    return type;
  }

  private sourceOf(publisher: string): string {
    const known = this.sources.get(publisher);
    if (known !== undefined) return known.id;
    const id = this.sourceIds.idFor(publisher);
    this.sources.set(publisher, namedSource(id, publisher, this.opts.codebook.dataset));
    return id;
  }

  /** One record per name: the side of the row that named it first (documented in docs/data-format.md). */
  private actorOf(name: string, side: string): string {
    const known = this.actors.get(name);
    if (known !== undefined) return known.id;
    const id = this.actorIds.idFor(name);
    this.actors.set(name, { id, name, short: name, side, aliases: [], sources: [this.datasetSource.id] });
    return id;
  }

  /** The site of the place an event names: one per name and position (two towns may share a name). */
  private placeOf(name: string, point: [number, number]): string {
    const { keys } = this;
    keys[0] = name; keys[1] = point[0]; keys[2] = point[1];
    return this.siteIdsAt.part(keys, this.newSite, 3);
  }

  private manifest(extent: Manifest['extent'], used: UsedVocabulary): Manifest {
    const { codebook, name, timeZone } = this.opts;
    const sides = [...codebook.sides.filter((s) => used.usedSides.has(s.id)), ...(used.claims || used.usedSides.size === 0 ? [UNATTRIBUTED_SIDE] : [])];
    const layerOrder = codebook.layers.map((l) => l.id);
    const layers = codebook.layers.filter((l) => used.types.some((t) => t.layer === l.id));
    const types = [...used.types].sort((a, b) => layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer));
    return {
      format: 'conflict-map-dataset/1',
      id: slugOf(name.replace(/\.[a-z]+$/i, '')) || `${slugOf(codebook.dataset)}-import`,
      version: '1.0.0',
      title: `${codebook.dataset} export: ${name}`,
      description: `${this.count} events imported from the ${codebook.dataset} export ${name} by npm run import. ${codebook.about}`,
      timezone: timeZone,
      extent,
      files: { ...IMPORTED_FILES },
      note: `Times and places are as precise as ${codebook.dataset} codes them: a date known only to the week, month or year is shown so, and a point standing for a district, province, region or country says so. Fatalities are ${codebook.dataset}'s own figures, one claim per event. The dataset has no control areas. See docs/data-format.md, "From ${codebook.dataset === 'ACLED' ? 'ACLED' : 'UCDP'}".`,
      sides: sides.map((s) => ({
        id: s.id, name: { en: s.name },
        ...(s.id === UNATTRIBUTED_SIDE.id ? { people: { en: 'people' } } : s.id === 'civilians' ? { people: { en: 'civilians' } } : {}),
        colour: s.colour,
      })),
      incident_types: types.map((t) => ({ id: t.id, name: { en: t.name }, glyph: t.glyph, layer: t.layer })),
      incident_layers: layers.map((l) => ({ id: l.id, name: { en: l.name }, colour: l.colour, mark: l.mark })),
    };
  }
}

function hasName(types: ReadonlyMap<string, { name: string }>, name: string): boolean {
  for (const t of types.values()) if (t.name === name) return true;
  return false;
}

/** What every place of an import has alike: made once, shared by all of them (records are not changed once built). */
interface PlaceCommon {
  note: string;
  sources: string[];
}

function placeCommon(dataset: string, source: string): PlaceCommon {
  return { note: `The place as ${dataset} names and locates it; how precisely an event is placed there, the event's location says.`, sources: [source] };
}

/**
 * A place as a site of kind `city`, which the map names without a marker of its own: it frames the
 * map and names the place in popups; how precisely each event is placed, the event's location says.
 */
function placeSite(id: string, name: string, point: [number, number], { note, sources }: PlaceCommon): Site {
  return {
    type: 'Feature', id, geometry: { type: 'Point', coordinates: point },
    properties: { name: { en: name }, kind: 'city', geometry_precision: 'approximate', note, sources },
  };
}

function namedSource(id: string, publisher: string, dataset: string): Source {
  return {
    id, publisher, title: `Reports named by ${dataset} (titles not given)`,
    note: `${dataset} names this publisher as a source of some events; its export gives no title, date or address.`,
  };
}

/** `id` written after the first `n` keys unless it is among them; the count of keys after. */
function addOnce(keys: unknown[], n: number, id: string): number {
  for (let i = 0; i < n; i++) if (keys[i] === id) return n;
  keys[n] = id;
  return n + 1;
}

const copyList = (keys: readonly unknown[], length: number): string[] => keys.slice(0, length) as string[];

/** Locations by keys site, precision, scope, note (siteLocation) or longitude, latitude, precision, scope, note (pointLocation). */
const siteLocation = (k: readonly unknown[]): Incident['location'] => withPrecision({ site: k[0] as string }, k, 1);
const pointLocation = (k: readonly unknown[]): Incident['location'] => withPrecision({ point: [k[0] as number, k[1] as number] }, k, 2);

function withPrecision(made: Incident['location'], k: readonly unknown[], at: number): Incident['location'] {
  if (k[at] !== undefined) made.precision_m = k[at] as number;
  if (k[at + 1] !== undefined) made.scope = k[at + 1] as NonNullable<Incident['location']['scope']>;
  if (k[at + 2] !== undefined) made.note = k[at + 2] as string;
  return made;
}

/** The dataset's own figure: its best estimate with its low and high where it gives them; never merged with another's. */
function fatalityClaim(f: NonNullable<ImportedEvent['fatalities']>, dataset: string, source: string): CasualtyClaim {
  return {
    claimant: dataset, source, side: UNATTRIBUTED_SIDE.id, kind: 'killed', count: f.count,
    ...(f.low === undefined || f.high === undefined ? {} : { low: f.low, high: f.high }),
    // A zero is the dataset saying no fatalities were reported, not an estimate of "about none".
    qualifier: f.count === 0 && f.low === undefined ? 'exact' : 'about',
    note: f.count === 0 && f.low === undefined
      ? `${dataset} reports no fatalities for this event`
      : f.low === undefined
      ? `${dataset}'s estimate of reported fatalities, not attributed to a side`
      : `${dataset}'s best estimate, with its low and high estimates, not attributed to a side`,
  };
}

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
import type { CalendarDate } from './read-date';

export interface BuildOptions {
  codebook: Codebook;
  /** The file's name, as the dataset and its own source name it. */
  name: string;
  /** The zone whose midnights the codebook's dates are read in. */
  timeZone: string;
}

type TypeEntry = ImportedType & { id: string };

/** What the events use of the codebook's vocabulary: only that is declared. */
interface UsedVocabulary {
  usedSides: ReadonlySet<string>;
  claims: boolean;
  types: readonly TypeEntry[];
}

/** Collects events, in the file's order, and writes them as a bundle. */
export class DatasetBuilder {
  private readonly events: ImportedEvent[] = [];

  constructor(private readonly opts: BuildOptions) {}

  add(event: ImportedEvent): void {
    this.events.push(event);
  }

  get count(): number {
    return this.events.length;
  }

  /** The bundle, or null when no event was kept (a dataset needs a time span). */
  build(): ImportedBundle | null {
    if (this.events.length === 0) return null;
    const { codebook, name, timeZone } = this.opts;
    const datasetSource: Source = {
      id: `${slugOf(codebook.dataset)}-export`,
      publisher: codebook.dataset,
      title: `${codebook.dataset} export ${name}`,
      kind: 'reference',
      kind_basis: `An event dataset compiled from reports, as its codebook describes it: ${codebook.about}`,
      note: `The dataset this one was imported from by npm run import; its fatality figures are ${codebook.dataset}'s.`,
    };
    const sources = new Map<string, Source>();
    const sourceIds = new IdMaker('source', [datasetSource.id]);
    const actors = new Map<string, ActorRecord>();
    const actorIds = new IdMaker('actor');
    const types = new Map<string, TypeEntry>();
    const typeIds = new IdMaker('type');
    const sites = new Map<string, Site>();
    const siteIds = new IdMaker('place');
    /** The site of the place an event names: one per name and position (two towns may share a name). */
    const placeOf = (name: string, point: [number, number]): string => {
      const id = siteIds.idFor(name, `${name}|${point.join(',')}`);
      if (!sites.has(id)) sites.set(id, placeSite({ id, name, point, dataset: codebook.dataset, source: datasetSource.id }));
      return id;
    };
    const time = (d: CalendarDate) => fromLocalParts({ year: d.year, month: d.month, day: d.day, hour: 0, minute: 0 }, timeZone);
    let first = Infinity;
    let last = -Infinity;

    const incidents = this.events.map((e): Incident => {
      const typeKey = `${e.type.layer}|${e.type.name}`;
      let type = types.get(typeKey);
      if (!type) {
        // A sub-type written under two event types (a mistake in the file) is two types, one per layer.
        type = { id: typeIds.idFor(hasName(types, e.type.name) ? `${e.type.name} ${e.type.layer}` : e.type.name), ...e.type };
        types.set(typeKey, type);
      }
      const cited = e.sources.map((publisher) => {
        const id = sourceIds.idFor(publisher);
        if (!sources.has(id)) sources.set(id, namedSource(id, publisher, codebook.dataset));
        return id;
      });
      const actorList = [...new Set(e.actors.map((a) => {
        const id = actorIds.idFor(a.name);
        // One record per name: the side of the row that named it first (documented in docs/data-format.md).
        if (!actors.has(id)) actors.set(id, { id, name: a.name, short: a.name, side: a.side, aliases: [], sources: [datasetSource.id] });
        return id;
      }))];
      const start = time(e.start);
      const end = e.end === undefined ? undefined : time(e.end);
      first = Math.min(first, start);
      last = Math.max(last, end ?? start);
      return {
        id: e.id,
        type: type.id,
        title: e.title,
        summary: e.summary,
        start: toLocalIso(start, timeZone),
        ...(end === undefined ? {} : { end: toLocalIso(end, timeZone) }),
        time_precision: e.precision,
        ...(e.timeNote === undefined ? {} : { time_note: e.timeNote }),
        location: {
          ...(e.placeName === undefined ? { point: e.point } : { site: placeOf(e.placeName, e.point) }),
          ...(e.precisionM === undefined ? {} : { precision_m: e.precisionM }),
          ...(e.scope === undefined ? {} : { scope: e.scope }),
          ...(e.placeNote === undefined ? {} : { note: e.placeNote }),
        },
        actors: actorList,
        casualties: e.fatalities === undefined ? [] : [fatalityClaim(e.fatalities, codebook.dataset, datasetSource.id)],
        confidence: e.confidence,
        sources: [datasetSource.id, ...cited.filter((id, i) => cited.indexOf(id) === i)],
        original: { dataset: codebook.dataset, fields: e.original },
      };
    });

    // The extent ends at the midnight after the last day any event may fall on.
    const lastDay = localParts(last, timeZone);
    const extentEnd = fromLocalParts({ year: lastDay.year, month: lastDay.month, day: lastDay.day + 1, hour: 0, minute: 0 }, timeZone);
    const manifest = this.manifest({ start: toLocalIso(first, timeZone), end: toLocalIso(extentEnd, timeZone) }, {
      usedSides: new Set([...actors.values()].map((a) => a.side)),
      claims: incidents.some((i) => i.casualties.length > 0),
      types: [...types.values()],
    });
    return {
      format: BUNDLE_FORMAT,
      manifest,
      files: {
        sources: [datasetSource, ...sources.values()],
        actors: [...actors.values()],
        sites: { type: 'FeatureCollection', features: [...sites.values()] },
        control: { initial: [], changes: [] },
        incidents,
      },
    };
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

interface PlaceInput {
  id: string;
  name: string;
  point: [number, number];
  dataset: string;
  source: string;
}

/**
 * A place as a site of kind `city`, which the map names without a marker of its own: it frames the
 * map and names the place in popups; how precisely each event is placed, the event's location says.
 */
function placeSite({ id, name, point, dataset, source }: PlaceInput): Site {
  return {
    type: 'Feature', id, geometry: { type: 'Point', coordinates: point },
    properties: {
      name: { en: name }, kind: 'city', geometry_precision: 'approximate',
      note: `The place as ${dataset} names and locates it; how precisely an event is placed there, the event's location says.`,
      sources: [source],
    },
  };
}

function namedSource(id: string, publisher: string, dataset: string): Source {
  return {
    id, publisher, title: `Reports named by ${dataset} (titles not given)`,
    note: `${dataset} names this publisher as a source of some events; its export gives no title, date or address.`,
  };
}

/** The dataset's own figure: its best estimate with its low and high where it gives them; never merged with another's. */
function fatalityClaim(f: NonNullable<ImportedEvent['fatalities']>, dataset: string, source: string): CasualtyClaim {
  return {
    claimant: dataset, source, side: UNATTRIBUTED_SIDE.id, kind: 'killed', count: f.count,
    ...(f.low === undefined || f.high === undefined ? {} : { low: f.low, high: f.high }),
    qualifier: 'about',
    note: f.low === undefined
      ? `${dataset}'s estimate of reported fatalities, not attributed to a side`
      : `${dataset}'s best estimate, with its low and high estimates, not attributed to a side`,
  };
}

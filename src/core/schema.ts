// The dataset's schema: one definition from which the types, the validator and the JSON Schema come.
import * as v from 'valibot';
import { GLYPHS, MARK_SHAPES } from './glyph-names';
import { SOURCE_KINDS } from './source-kinds';

/** The text of every date-time: read by IsoDateTime, and by the fast incident check (validate/plain-incident.ts). */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with an explicit offset, e.g. 2016-04-21T12:00+03:00. */
export const IsoDateTime = v.pipe(
  v.string(),
  v.regex(ISO_WITH_OFFSET, 'must be an ISO 8601 date-time with an offset, like 2016-04-21T12:00+03:00'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real date-time'),
);

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be lower-case letters, digits, "-" or "_"'),
);

/**
 * An incident's id: as other ids, or as a codebook writes its own (ACLED's SYR12345), upper case kept,
 * so that `event=SYR12345` names the event its source names. Ids are compared exactly (case matters).
 */
export const INCIDENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export const IncidentId = v.pipe(
  v.string(),
  v.regex(INCIDENT_ID_PATTERN, 'must be letters, digits, "-" or "_"'),
);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/**
 * A path or URL a manifest gives for one of its files, used exactly as written (never trimmed: every
 * problem names a file as the manifest gives it, so a name must be one a reader can find and type).
 */
export const FileName = v.config(v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.regex(
    // eslint-disable-next-line no-control-regex -- control characters are what this rejects
    /^[^\s\u0000-\u001f\u007f-\u009f](?:[^\u0000-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f])?$/,
    'must not start or end with white space, nor hold control characters (tabs, line breaks, NUL, …)',
  ),
  v.check((s) => !/(?:^|\/)\.{0,2}$/.test(s), 'must name a file, not a folder'),
  v.check((s) => !/[\ud800-\udfff]/u.test(s), 'must be well-formed Unicode (it holds half of a surrogate pair)'),
), { abortPipeEarly: true }); // one problem per bad name: the first rule it breaks
const Longitude = v.pipe(v.number(), v.minValue(-180, 'longitude below -180'), v.maxValue(180, 'longitude above 180'));
const Latitude = v.pipe(v.number(), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90'));
const Altitude = v.pipe(v.number(), v.finite('altitude must be a finite number'));
/** [longitude, latitude] or [longitude, latitude, altitude]: RFC 7946 (3.1.1) allows no other position. */
export const Position = v.pipe(
  v.tupleWithRest([Longitude, Latitude], Altitude),
  v.maxLength(3, 'a position has 2 or 3 numbers (longitude, latitude, altitude)'),
);
const PrecisionMetres = v.pipe(v.number(), v.minValue(0), v.maxValue(100_000));
/**
 * A point that stands for a whole area, as codebooks code vague places (UCDP where_prec 3–7, ACLED
 * geo_precision 3): the map draws no circle for it (its size is not known) and says what it stands for.
 */
export const PlaceScope = v.picklist(['district', 'province', 'region', 'country', 'water']);
const SourceIds = v.pipe(v.array(Id), v.minLength(1, 'needs at least one source'));

export const LocalizedName = v.strictObject({
  en: Text,
  ar: v.optional(Text),
  ku: v.optional(Text),
});

export const Confidence = v.picklist(['high', 'medium', 'low']);
export const GeometryPrecision = v.picklist(['exact', 'approximate', 'schematic']);

/** How exact a time is. `part_of_day` and `day` times start at the beginning of that period. */
export const TimePrecision = v.picklist(['minute', 'hour', 'approximate', 'part_of_day', 'day']);
/**
 * An incident's time may be coarser, as codebooks date events (ACLED time_precision, UCDP date_prec):
 * known only to the `week`, `month` or `year` that holds `start` (or, with `end`, somewhere between them).
 */
export const IncidentTimePrecision = v.picklist([...TimePrecision.options, 'week', 'month', 'year']);
export const PartOfDay = v.picklist(['morning', 'afternoon', 'evening', 'night']);

const TimeFields = {
  time_precision: TimePrecision,
  part_of_day: v.optional(PartOfDay),
  time_note: v.optional(Text),
};

export const Source = v.strictObject({
  id: Id,
  publisher: Text,
  title: Text,
  /** What kind of source it is; optional in the format, so datasets written before kinds stay valid. */
  kind: v.optional(v.picklist(SOURCE_KINDS)),
  /** Where the kind or affiliation is stated: a record, the research notes, a page read, or "not checked here". */
  kind_basis: v.optional(Text),
  date: v.optional(v.pipe(v.string(), v.isoDate('must be a date like 2016-04-21'))),
  url: v.optional(v.pipe(
    v.string(),
    v.url('must be a URL'),
    v.regex(/^[\x21-\x7e]+$/, 'must be written in ASCII with no spaces or control characters: percent-encode others (as browsers copy links)'),
  )),
  language: v.optional(Text),
  note: v.optional(Text),
});

export const Actor = v.strictObject({
  id: Id,
  name: Text,
  short: Text,
  /** Absent: its side's colour (the manifest's `sides`), which a dataset declaring its sides may give. */
  colour: v.optional(v.pipe(v.string(), v.hexColor('must be a hex colour like #0072b2'))),
  /** One of the manifest's `sides` (by default kurdish, government, other; civilian only for casualties). */
  side: Id,
  aliases: v.array(Text),
  description: v.optional(Text),
  sources: SourceIds,
});

const PointGeometry = v.strictObject({ type: v.literal('Point'), coordinates: Position });
const LinearRing = v.pipe(
  v.array(Position),
  v.minLength(4, 'a ring needs at least 4 positions'),
  v.check((ring) => samePosition(ring[0], ring[ring.length - 1]), 'a ring must end where it starts'),
);
const PolygonGeometry = v.strictObject({
  type: v.literal('Polygon'),
  coordinates: v.pipe(v.array(LinearRing), v.minLength(1, 'a polygon needs a ring')),
});
const MultiPolygonGeometry = v.strictObject({
  type: v.literal('MultiPolygon'),
  coordinates: v.pipe(v.array(v.pipe(v.array(LinearRing), v.minLength(1))), v.minLength(1)),
});
const LineStringGeometry = v.strictObject({
  type: v.literal('LineString'),
  coordinates: v.pipe(v.array(Position), v.minLength(2, 'a line needs at least 2 positions')),
});
const MultiLineStringGeometry = v.strictObject({
  type: v.literal('MultiLineString'),
  coordinates: v.array(v.pipe(v.array(Position), v.minLength(2))),
});

export const SiteKind = v.picklist([
  'district', 'prison', 'base', 'checkpoint', 'airport', 'landmark', 'border_crossing',
  'security_zone', 'bakery', 'artillery', 'headquarters', 'city',
]);

export const SiteProperties = v.strictObject({
  name: LocalizedName,
  kind: SiteKind,
  geometry_precision: GeometryPrecision,
  location_precision_m: v.optional(PrecisionMetres),
  /** A schematic zone's estimated centre, [lon, lat]: its shape is derived around it (scripts/derive-zones.ts). */
  centre: v.optional(Position),
  note: v.optional(Text),
  sources: SourceIds,
});

export const Site = v.strictObject({
  type: v.literal('Feature'),
  id: Id,
  geometry: v.variant('type', [PointGeometry, PolygonGeometry, MultiPolygonGeometry]),
  properties: SiteProperties,
});

export const BasemapKind = v.picklist(['city', 'river', 'border', 'road', 'railway', 'label']);

export const BasemapFeature = v.strictObject({
  type: v.literal('Feature'),
  id: Id,
  geometry: v.variant('type', [PointGeometry, PolygonGeometry, LineStringGeometry, MultiLineStringGeometry]),
  properties: v.strictObject({
    kind: BasemapKind,
    name: v.optional(LocalizedName),
    geometry_precision: GeometryPrecision,
    note: v.optional(Text),
    sources: v.optional(v.array(Id)),
  }),
});

/** Whether a claim is one the project's assessment rests on (it must then agree with it) or only a party's claim. */
export const ClaimStatus = v.picklist(['assessment', 'claim']);

/**
 * A party's account of who holds an area, beside the record's own controller (the project's
 * assessment). It holds while its record does, from `start` when the sources date it later.
 */
export const ControlClaim = v.strictObject({
  claimant: Id,
  controller: Id,
  status: ClaimStatus,
  start: v.optional(IsoDateTime),
  note: Text,
  sources: SourceIds,
});

const Claims = v.optional(v.array(ControlClaim));

/** Who held an area at the dataset's start. */
export const InitialControl = v.strictObject({
  site: Id,
  controller: Id,
  contested: v.optional(v.boolean()),
  confidence: Confidence,
  note: v.optional(Text),
  sources: SourceIds,
  claims: Claims,
});

/** A dated change of an area's controller or of its contested state. */
export const ControlChange = v.strictObject({
  id: Id,
  site: Id,
  at: IsoDateTime,
  ...TimeFields,
  from: Id,
  to: Id,
  contested: v.boolean(),
  confidence: Confidence,
  note: v.optional(Text),
  sources: SourceIds,
  claims: Claims,
});

export const LocationFields = v.strictObject({
  site: v.optional(Id),
  point: v.optional(Position),
  precision_m: v.optional(PrecisionMetres),
  scope: v.optional(PlaceScope),
  note: v.optional(Text),
});

export const Location = v.pipe(
  LocationFields,
  v.check((l) => l.site !== undefined || l.point !== undefined, 'needs a site or a point'),
);

/** One of the manifest's `incident_types` (by default the Qamishlo data's: see default-vocabulary.ts). */
export const IncidentType = Id;

const Colour = v.pipe(v.string(), v.hexColor('must be a hex colour like #0072b2'));

/** A vocabulary entry's name in each language: English required, others optional. */
export const VocabularyName = v.strictObject({ en: Text, ar: v.optional(Text), ku: v.optional(Text) });

/** A party a dataset's actors and casualty claims belong to. */
export const SideDeclaration = v.strictObject({
  id: Id,
  name: VocabularyName,
  /** Who its people are, counted in a casualty claim ("5 Blue militia fighters killed"); else the name. */
  people: v.optional(VocabularyName),
  colour: v.optional(Colour),
});

/** A kind of incident: its name, its glyph (from the renderer's set) and the layer it is shown in. */
export const IncidentTypeDeclaration = v.strictObject({
  id: Id,
  name: VocabularyName,
  glyph: v.picklist(GLYPHS, `must be one of the glyphs: ${GLYPHS.join(', ')}`),
  layer: Id,
});

/** A layer of incidents that readers turn on and off (its id appears in links: keep it stable). */
export const IncidentLayerDeclaration = v.strictObject({
  id: Id,
  /** The short name (legend); `label`, the toggle's longer one, defaults to it. */
  name: VocabularyName,
  label: v.optional(VocabularyName),
  colour: Colour,
  mark: v.picklist(MARK_SHAPES, `must be one of the marks: ${MARK_SHAPES.join(', ')}`),
});

/** `released`: people set free (as in a prisoner exchange), never counted as captured. */
export const CasualtyKind = v.picklist(['killed', 'wounded', 'killed_or_wounded', 'captured', 'surrendered', 'released']);

/** One source's figure: never merged with another's. */
export const CasualtyClaim = v.strictObject({
  claimant: Text,
  source: Id,
  /** One of the manifest's `sides` (by default kurdish, government, civilian, other). */
  side: Id,
  group: v.optional(Text),
  kind: CasualtyKind,
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  count_max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /**
   * The claimant's own lowest and highest estimates beside its figure (`count`, its best), as UCDP
   * gives low, best and high. Kept as given: UCDP's best can fall outside its low–high.
   */
  low: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  high: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  qualifier: v.picklist(['exact', 'about', 'at_least', 'more_than']),
  note: v.optional(Text),
});

/** A column name of a codebook, as the file's header gives it (lower-cased). */
const OriginalKey = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_]*$/, 'must be a column name: lower-case letters, digits and "_"'));

/** How the dataset an incident was imported from classified it, its columns as written (shown and exported as they are). */
export const OriginalRecord = v.strictObject({
  /** The dataset's name: "ACLED", "UCDP GED". */
  dataset: Text,
  fields: v.record(OriginalKey, Text),
});

export const Incident = v.strictObject({
  id: IncidentId,
  type: IncidentType,
  title: Text,
  summary: Text,
  start: IsoDateTime,
  end: v.optional(IsoDateTime),
  time_precision: IncidentTimePrecision,
  part_of_day: TimeFields.part_of_day,
  time_note: TimeFields.time_note,
  location: Location,
  origin: v.optional(Location),
  actors: v.array(Id),
  casualties: v.array(CasualtyClaim),
  confidence: Confidence,
  sources: SourceIds,
  original: v.optional(OriginalRecord),
});

export const StoryStep = v.strictObject({
  id: Id,
  title: Text,
  caption: Text,
  at: IsoDateTime,
  /** The step shows the range from `at` until this moment (control at its end, its incidents, what changed). */
  until: v.optional(IsoDateTime),
  incident: v.optional(IncidentId),
  view: v.optional(v.strictObject({ center: Position, zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)) })),
  sources: SourceIds,
});

/**
 * One file of incidents and the time it covers: each incident in it starts at or after `start` and
 * before `end` (the last chunk, ending with the extent, holds its end too). Chunks are listed in time
 * order and do not overlap, so that a reader fetches only those the view needs.
 */
export const IncidentChunk = v.strictObject({
  file: FileName,
  start: IsoDateTime,
  end: IsoDateTime,
});

export const Manifest = v.strictObject({
  format: v.literal('conflict-map-dataset/1'),
  id: Id,
  version: Text,
  title: Text,
  description: Text,
  timezone: Text,
  extent: v.strictObject({ start: IsoDateTime, end: IsoDateTime }),
  files: v.strictObject({
    sources: FileName,
    actors: FileName,
    sites: FileName,
    control: FileName,
    /** The incidents in one file; a dataset split by time lists its files in `incident_chunks` instead. */
    incidents: v.optional(FileName),
    basemap: v.optional(FileName),
    story: v.optional(FileName),
    changelog: v.optional(FileName),
  }),
  /** The incidents split by time, a file per span (a day, a week): see IncidentChunk. */
  incident_chunks: v.optional(v.pipe(v.array(IncidentChunk), v.minLength(1, 'needs at least one chunk'))),
  license: v.optional(Text),
  note: v.optional(Text),
  /** The dataset's own vocabulary; each list left out is the built-in one (default-vocabulary.ts). */
  sides: v.optional(v.pipe(v.array(SideDeclaration), v.minLength(1, 'needs at least one side'))),
  incident_types: v.optional(v.pipe(v.array(IncidentTypeDeclaration), v.minLength(1, 'needs at least one type'))),
  incident_layers: v.optional(v.pipe(v.array(IncidentLayerDeclaration), v.minLength(1, 'needs at least one layer'))),
});

/** The files a changelog entry can name a record of: the manifest's `files` keys, and the manifest itself. */
export const ChangelogFile = v.picklist(['manifest', 'sources', 'actors', 'sites', 'basemap', 'control', 'incidents', 'story']);

/**
 * One record a correction touched, by file and id (who held an area first is `initial:<site>`, as
 * problems name it); `removed` when the correction took it out of the dataset.
 */
export const ChangelogRecord = v.pipe(
  v.strictObject({ file: ChangelogFile, id: v.optional(Text), removed: v.optional(v.boolean()) }),
  v.check((r) => r.file === 'manifest' || r.id !== undefined, 'needs the id of the record (every file but the manifest has ids)'),
);

/** One correction or addition in a version of the dataset: when, which records, what changed and why. */
export const ChangelogEntry = v.strictObject({
  id: Id,
  version: Text,
  date: v.pipe(v.string(), v.isoDate('must be a date like 2026-11-30')),
  records: v.pipe(v.array(ChangelogRecord), v.minLength(1, 'needs at least one record')),
  what: Text,
  why: Text,
});

/** RFC 7946 (3.1.6): a ring's first and last positions hold identical values, altitude included. */
function samePosition(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whole files, as a dataset's manifest names them (used for the published JSON Schemas). */
export const FILE_SCHEMAS = {
  manifest: Manifest,
  sources: v.array(Source),
  actors: v.array(Actor),
  sites: v.object({ type: v.literal('FeatureCollection'), features: v.array(Site) }),
  basemap: v.object({ type: v.literal('FeatureCollection'), features: v.array(BasemapFeature) }),
  control: v.object({ initial: v.array(InitialControl), changes: v.array(ControlChange) }),
  incidents: v.array(Incident),
  story: v.array(StoryStep),
  changelog: v.array(ChangelogEntry),
} as const;

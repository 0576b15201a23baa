// The dataset's types, inferred from the schema so the two cannot drift apart.
import type * as v from 'valibot';
import type * as S from './schema';

export type Source = v.InferOutput<typeof S.Source>;
/** An actor as its file gives it: the colour may be left to its side. */
export type ActorRecord = v.InferOutput<typeof S.Actor>;
/** An accepted actor: its colour its own, or else its side's (validation fills it in). */
export type Actor = ActorRecord & { colour: string };
export type Site = v.InferOutput<typeof S.Site>;
export type SiteKind = v.InferOutput<typeof S.SiteKind>;
export type BasemapFeature = v.InferOutput<typeof S.BasemapFeature>;
export type InitialControl = v.InferOutput<typeof S.InitialControl>;
export type ControlChange = v.InferOutput<typeof S.ControlChange>;
export type ControlClaim = v.InferOutput<typeof S.ControlClaim>;
export type Incident = v.InferOutput<typeof S.Incident>;
export type IncidentType = v.InferOutput<typeof S.IncidentType>;
export type CasualtyClaim = v.InferOutput<typeof S.CasualtyClaim>;
export type Location = v.InferOutput<typeof S.Location>;
export type StoryStep = v.InferOutput<typeof S.StoryStep>;
export type ChangelogEntry = v.InferOutput<typeof S.ChangelogEntry>;
export type ChangelogFile = v.InferOutput<typeof S.ChangelogFile>;
export type Manifest = v.InferOutput<typeof S.Manifest>;
export type IncidentChunk = v.InferOutput<typeof S.IncidentChunk>;
export type TimePrecision = v.InferOutput<typeof S.TimePrecision>;
/** An incident's: a control record's, or known only to the week, month or year. */
export type IncidentTimePrecision = v.InferOutput<typeof S.IncidentTimePrecision>;
export type PlaceScope = v.InferOutput<typeof S.PlaceScope>;
export type OriginalRecord = v.InferOutput<typeof S.OriginalRecord>;
export type PartOfDay = v.InferOutput<typeof S.PartOfDay>;
export type Confidence = v.InferOutput<typeof S.Confidence>;
export type LocalizedName = v.InferOutput<typeof S.LocalizedName>;
/** Longitude, latitude and, where the data gives one, altitude (RFC 7946 3.1.1). */
export type Position = [number, number] | [number, number, number];

/** The control file: who held each area at the start, then the dated changes. */
export interface ControlFile {
  initial: InitialControl[];
  changes: ControlChange[];
}

/** A dataset after validation: only accepted records, with times parsed once. */
export interface Dataset {
  manifest: Manifest;
  sources: Source[];
  actors: Actor[];
  sites: Site[];
  basemap: BasemapFeature[];
  control: ControlFile;
  incidents: Incident[];
  story: StoryStep[];
  /** The dataset's corrections and additions, as its changelog file gives them (empty without one). */
  changelog: ChangelogEntry[];
  /** Extent in epoch milliseconds. */
  start: number;
  end: number;
  /**
   * A dataset split by time (the manifest's incident_chunks): which of its chunks `incidents` holds,
   * by chunk index. Absent for a dataset whose incidents are in one file (all of them are here).
   */
  chunksLoaded?: readonly boolean[];
}

/** A file a manifest names, by its key in `files`. */
export type FileKey = keyof Manifest['files'];

/** What loading or validating gives: the accepted dataset (null when the manifest is unusable) and every problem. */
export interface LoadResult {
  dataset: Dataset | null;
  problems: Problem[];
}

/** One thing wrong with the input, named well enough to find and fix it. */
export interface Problem {
  file: string;
  record?: string;
  field?: string;
  value?: string;
  message: string;
  /** Errors reject the record; warnings say what was repaired and keep it. */
  severity?: 'error' | 'warning';
}
export type VocabularyName = v.InferOutput<typeof S.VocabularyName>;

// One event read from a codebook's row, before it becomes records of our format (dataset-builder.ts).
import type { GlyphName } from '../default-vocabulary';
import type { Confidence, IncidentTimePrecision, PlaceScope } from '../types';
import type { CalendarDate } from './read-date';

/** An incident type as the codebook names it, and where it is shown. */
export interface ImportedType {
  /** The codebook's own words ("Armed clash"), the type's name. */
  name: string;
  glyph: GlyphName;
  layer: string;
}

export interface ImportedActor {
  name: string;
  /** One of the codebook's sides (its actor types). */
  side: string;
}

/** The dataset's own figure of those killed: one claim, its claimant the codebook's dataset. */
export interface ImportedFatalities {
  count: number;
  low?: number;
  high?: number;
}

export interface ImportedEvent {
  id: string;
  type: ImportedType;
  title: string;
  summary: string;
  start: CalendarDate;
  /** The latest date it may have happened on (UCDP's date_end), when later than `start`. */
  end?: CalendarDate;
  precision: Extract<IncidentTimePrecision, 'day' | 'week' | 'month' | 'year'>;
  timeNote?: string;
  /** [longitude, latitude] */
  point: [number, number];
  precisionM?: number;
  scope?: PlaceScope;
  /** The place the codebook names (ACLED's location, UCDP's where_coordinates): a site of the dataset. */
  placeName?: string;
  /** The larger areas that hold it ("Lake district, North Testland, Testland"). */
  placeNote?: string;
  actors: ImportedActor[];
  /** The publishers the codebook names for it. */
  sources: string[];
  fatalities?: ImportedFatalities;
  confidence: Confidence;
  /**
   * The codebook's columns kept as written (non-empty ones); absent where the importer wrote them into
   * a block instead (core/import/original-cells.ts).
   */
  original?: Record<string, string>;
}

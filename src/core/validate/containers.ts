// A file's top level: the list of records inside it, or a problem saying the file has the wrong shape.
import { showValue } from '../records';
import type { Problem } from '../types';

/** The records of a file that is a JSON array; undefined (a file that could not be read, already reported) gives none. */
export function listOf(json: unknown, file: string, problems: Problem[]): unknown[] {
  if (json === undefined) return [];
  if (Array.isArray(json)) return json;
  problems.push({ file, value: showValue(json), message: 'must be a JSON array of records' });
  return [];
}

/** The features of a file that is a GeoJSON FeatureCollection. */
export function featuresOf(json: unknown, file: string, problems: Problem[]): unknown[] {
  if (json === undefined) return [];
  const fc = json as { type?: unknown; features?: unknown };
  if (fc && typeof fc === 'object' && fc.type === 'FeatureCollection' && Array.isArray(fc.features)) return fc.features;
  problems.push({ file, field: 'type', value: showValue(fc?.type), message: 'must be a GeoJSON FeatureCollection with a features array' });
  return [];
}

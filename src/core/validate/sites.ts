// The sites and basemap files: GeoJSON features, with polygon rings rewound to RFC 7946's winding.
import { booleanClockwise } from '@turf/turf';
import { BasemapFeature as BasemapFeatureSchema, Site as SiteSchema } from '../schema';
import { acceptEach, uniqueById } from '../records';
import type { BasemapFeature, Position, Problem, Site } from '../types';
import { featuresOf } from './containers';
import { allKnown, type Accepted } from './references';

/** The accepted sites (areas and places): unique ids, every source known, rings rewound. */
export function validateSites(file: string, json: unknown, ctx: Pick<Accepted, 'problems' | 'sourceIds'>): Site[] {
  const { problems } = ctx;
  return uniqueById(file, acceptEach(file, featuresOf(json, file, problems), SiteSchema, problems), problems)
    .filter((s) => allKnown({ file, record: s.id, problems, field: 'properties.sources', list: s.properties.sources, ids: ctx.sourceIds, what: 'source' }))
    .map((s) => rewound(file, s, problems));
}

/** The accepted basemap features: unique ids, rings rewound. */
export function validateBasemap(file: string, json: unknown, problems: Problem[]): BasemapFeature[] {
  return uniqueById(file, acceptEach(file, featuresOf(json, file, problems), BasemapFeatureSchema, problems), problems)
    .map((b) => rewound(file, b, problems));
}

/** RFC 7946 wants exterior rings counter-clockwise and holes clockwise: warn and fix. */
function rewound<T extends Site | BasemapFeature>(file: string, feature: T, problems: Problem[]): T {
  const g = feature.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return feature;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let fixed = false;
  const out = polygons.map((rings) => rings.map((ring, i) => {
    const clockwise = booleanClockwise(ring as Position[]);
    if (clockwise === (i === 0)) {
      fixed = true;
      return [...ring].reverse();
    }
    return ring;
  }));
  if (!fixed) return feature;
  problems.push({
    file, record: feature.id, field: 'geometry.coordinates', severity: 'warning',
    message: 'ring winding is reversed (RFC 7946: exterior counter-clockwise, holes clockwise); it was rewound',
  });
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: out[0] ?? [] } : { ...g, coordinates: out };
  return { ...feature, geometry } as T;
}

// The deployment's settings (config.json beside index.html): optional web tiles under the basemap,
// the other hosts whose datasets a link (?data=) may open, and who publishes this copy (for citations).
import * as v from 'valibot';
import { issuesToProblems } from './records';
import type { Problem } from './types';

const TileTemplate = v.pipe(
  v.string(),
  v.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'),
  v.check((s) => ['{z}', '{x}', '{y}'].every((k) => s.includes(k)), 'must contain {z}, {x} and {y}'),
);

/** A host as a URL names it: a domain name or IPv4 address, with a port when it is not the default. */
const Host = v.pipe(v.string(), v.regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+(?::\d{1,5})?$/i, 'must be a host name, e.g. data.example.org or data.example.org:8080'));

export const AppConfig = v.strictObject({
  tiles: v.optional(v.nullable(v.strictObject({
    url: TileTemplate,
    attribution: v.pipe(v.string(), v.minLength(1, 'web tiles need an attribution')),
    max_zoom: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(22))),
  }))),
  /** Hosts whose datasets ?data= may open: "*" for any. Absent: the site's own address only. */
  data_hosts: v.optional(v.union([v.literal('*'), v.array(Host)], 'must be "*" or a list of host names')),
  /** Who publishes this copy of the map, as citations name it. Absent: the site's host name. */
  publisher: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must name the publisher'), v.maxLength(200, 'must be at most 200 characters'))),
});

export type AppConfig = v.InferOutput<typeof AppConfig>;

/** Reads config.json; a bad config is reported and replaced by the defaults (no web tiles, own data only). */
export function parseAppConfig(json: unknown, file = 'config.json'): { config: AppConfig; problems: Problem[] } {
  const result = v.safeParse(AppConfig, json);
  if (result.success) return { config: result.output, problems: [] };
  return { config: {}, problems: issuesToProblems(file, undefined, result.issues) };
}

// Plain-text descriptions of records shared by the map's popups and the panels (sources: source-text.ts;
// an incident's time: incident-when.ts).
import type { Lang } from './names';
import { describeTime } from './time-text';
import type { ControlChange, Incident, Site } from './types';

// Records never change once loaded, so their wording is computed once per record, zone and language.
const whenCache = new WeakMap<object, { key: string; text: string }>();

/** A record's wording from the cache, made once (incident-when.ts words incidents through it too). */
export function cachedWhen(record: object, timeZone: string, lang: Lang, make: () => string): string {
  const key = `${timeZone} ${lang}`;
  const hit = whenCache.get(record);
  if (hit && hit.key === key) return hit.text;
  const text = make();
  whenCache.set(record, { key, text });
  return text;
}

/** When a control change happened, as precisely as its sources allow. */
export function changeWhen(change: ControlChange, timeZone: string, lang: Lang = 'en'): string {
  return cachedWhen(change, timeZone, lang, () => describeTime(Date.parse(change.at), undefined, change, timeZone, lang));
}

/** "position uncertain by about 1.5 km" where an incident's position (or its site's) is approximate; popups say the same. */
export function positionUncertaintyM(incident: Incident, site: Site | undefined): number | undefined {
  return incident.location.precision_m ?? site?.properties.location_precision_m ?? undefined;
}

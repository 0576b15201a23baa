// When an incident happened, in words, as precisely as its sources allow: to the minute, or only to
// the week, month or year a codebook gives. Loaded with the lists and popups that show incidents.
import { isCoarse, describeCoarseTime } from './coarse-time-text';
import { cachedWhen } from './describe';
import type { Lang } from './names';
import { describeTime } from './time-text';
import type { Incident } from './types';

/** When an incident happened, as precisely as its sources allow. */
export function incidentWhen(incident: Incident, timeZone: string, lang: Lang = 'en'): string {
  return cachedWhen(incident, timeZone, lang, () => {
    const start = Date.parse(incident.start);
    const end = incident.end === undefined ? undefined : Date.parse(incident.end);
    const precision = incident.time_precision;
    if (isCoarse(precision)) return describeCoarseTime(start, end, precision, timeZone, lang);
    return describeTime(start, end, { time_precision: precision, part_of_day: incident.part_of_day }, timeZone, lang);
  });
}

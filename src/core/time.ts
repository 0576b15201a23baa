// Time in the dataset's own zone (Asia/Damascus for Qamishlo): local parts, offsets, parsing and link forms.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * Each zone's offset from UTC in ms at the start of each UTC hour read (by its number since the
 * epoch). Reading an instant through Intl is slow (a time step reads dozens); where an hour starts and
 * ends on the same offset, that offset answers any instant in it with date arithmetic, and a scrub
 * reads one new hour's start a step. Cleared past 4,096 hours, so that a long scrub does not grow it.
 * (A zone would have to change its offset twice within one hour, back to where it was, to fool it.)
 */
export const hourOffsets = new Map<string, Map<number, number>>();

/** Zones whose clock is UTC's at every instant: no need to ask Intl (an import's dates are read in UTC, a year's worth of them asked it some 2,000 times). */
const ALWAYS_UTC = new Set(['UTC', 'Etc/UTC']);

/** The zone's offset at the start of a UTC hour. An hour starts on a whole second: its offset is its wall clock read as UTC, less itself. */
function hourStartOffset(hour: number, timeZone: string): number {
  if (ALWAYS_UTC.has(timeZone)) return 0;
  const zone = hourOffsets.get(timeZone) ?? new Map<number, number>();
  let off = zone.get(hour);
  if (off === undefined) {
    const p = computeLocalParts(hour * HOUR, timeZone);
    off = utc(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - hour * HOUR;
    if (zone.size >= 4_096) zone.clear();
    hourOffsets.set(timeZone, zone.set(hour, off));
  }
  return off;
}

/** Wall-clock parts of an instant in a time zone (through its hour's offset: labels ask for many moments). */
export function localParts(ms: number, timeZone: string): LocalParts {
  const hour = Math.floor(ms / HOUR);
  const off = hourStartOffset(hour, timeZone);
  if (off !== hourStartOffset(hour + 1, timeZone)) return computeLocalParts(ms, timeZone);
  const d = new Date(Math.floor(ms / 1000) * 1000 + off);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** Wall-clock parts read through Intl (for the hours' offsets, and to check them in tests). */
export function computeLocalParts(ms: number, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of partFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 0, month: out.month ?? 1, day: out.day ?? 1,
    hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0,
  };
}

/** 400 Gregorian years in ms: the calendar repeats exactly after them. */
const FOUR_CENTURIES = 146_097 * DAY;

/** Date.UTC without its quirk of reading the years 0–99 as 1900–1999 (a link may say 0016-04-21). */
function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 0 && year < 100) return Date.UTC(year + 400, monthIndex, day, hour, minute, second) - FOUR_CENTURIES;
  return Date.UTC(year, monthIndex, day, hour, minute, second);
}

/** Offset of the zone from UTC at an instant, in minutes (180 for UTC+03:00). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  const asUtc = utc(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/**
 * The instant at which the zone's wall clock shows the given parts. A time shown twice (clocks going
 * back) is its first occurrence; a time skipped (clocks going forward) moves forward by the gap.
 */
export function fromLocalParts(p: Omit<LocalParts, 'second'> & { second?: number }, timeZone: string): number {
  const naive = utc(p.year, p.month - 1, p.day, p.hour, p.minute, p.second ?? 0);
  // The offsets in force a little before and after: any clock change near this time lies between.
  const before = offsetMinutes(naive - 14 * HOUR, timeZone);
  const after = offsetMinutes(naive + 14 * HOUR, timeZone);
  const candidates = [naive - before * MINUTE, naive - after * MINUTE]
    .filter((ms, i) => offsetMinutes(ms, timeZone) === (i === 0 ? before : after))
    .sort((a, b) => a - b);
  return candidates[0] ?? naive - before * MINUTE;
}

const LOCAL_OR_OFFSET = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,3})?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Reads `2016-04-21`, `2016-04-21T14:30` (wall clock in the zone), or a moment with `Z` or an
 * offset. Returns the instant and whether only a day was given, or null when it cannot be read.
 */
export function parseMoment(text: string, timeZone: string): { ms: number; wholeDay: boolean } | null {
  const m = LOCAL_OR_OFFSET.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const parts = {
    year: Number(y), month: Number(mo), day: Number(d),
    hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0),
  };
  if (!validParts(parts)) return null;
  if (zone) {
    const ms = Date.parse(text.trim());
    return Number.isNaN(ms) ? null : { ms, wholeDay: false };
  }
  return { ms: fromLocalParts(parts, timeZone), wholeDay: h === undefined };
}

function validParts(p: LocalParts): boolean {
  // Year 0000 is 1 BC, which the calendar's formatting cannot name.
  if (p.year < 1 || p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  const daysInMonth = new Date(utc(p.year, p.month, 0)).getUTCDate();
  return p.day <= daysInMonth;
}

/** The local midnight that starts the day containing `ms`. */
export function startOfLocalDay(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return fromLocalParts({ year: p.year, month: p.month, day: p.day, hour: 0, minute: 0 }, timeZone);
}

/** Local midnights from the day of `start` up to `end` (inclusive of a midnight equal to `end`). */
export function localMidnights(start: number, end: number, timeZone: string): number[] {
  const out: number[] = [];
  const first = startOfLocalDay(start, timeZone);
  for (let p = localParts(first, timeZone), i = 0; ; i++) {
    const ms = fromLocalParts({ year: p.year, month: p.month, day: p.day + i, hour: 0, minute: 0 }, timeZone);
    if (ms > end) break;
    if (ms >= start) out.push(ms);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "UTC+03:00" for the zone at that instant. */
export function utcOffsetLabel(ms: number, timeZone: string): string {
  const off = offsetMinutes(ms, timeZone);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `UTC${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** ISO 8601 in the zone's local time with its offset: 2016-04-21T12:00:00+03:00. */
export function toLocalIso(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  const off = utcOffsetLabel(ms, timeZone).slice(3);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${off}`;
}

/** "2016-04-21" or "2016-04-21T14:30": the short local form used in links. */
export function toLocalLinkForm(ms: number, timeZone: string, wholeDay = false): string {
  const p = localParts(ms, timeZone);
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return wholeDay ? day : `${day}T${pad(p.hour)}:${pad(p.minute)}`;
}

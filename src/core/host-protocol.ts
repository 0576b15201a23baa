// Messages between a host page (an article) and the embedded map, version 1.
//
// Host → map:  { protocol: "conflict-map", version: 1, type: "setTime", time: "2016-04-21T14:30" | "2016-04-21" }
//              { protocol: "conflict-map", version: 1, type: "selectIncident", id: "truce" }      (id null: clear)
//              { protocol: "conflict-map", version: 1, type: "showStep", id: "<story step id>" }
//              { protocol: "conflict-map", version: 1, type: "setRange", start: "2016-04-20", end: "2016-04-23T15:30" }
//                (times as in links: a day as the start is its first moment, as the end its last; start null: no range)
//              { protocol: "conflict-map", version: 1, type: "play" } | { …, type: "pause" }
// Map → host:  { protocol: "conflict-map", version: 1, type: "ready", dataset: "<id>", extent: { start, end } }
//              { protocol: "conflict-map", version: 1, type: "timechange", time: "<local ISO with offset>", wholeDay }
//              { protocol: "conflict-map", version: 1, type: "selectionchange", id: "<incident id>" | null }
//              { protocol: "conflict-map", version: 1, type: "rangechange", start: "<local ISO>" | null, end: "<local ISO>" | null }
//              { protocol: "conflict-map", version: 1, type: "viewchange", query: "?t=…&event=…&map=…" }  (the view as a
//                link's query, without embed; once it settles after a change)
//              { protocol: "conflict-map", version: 1, type: "resize", height: <CSS px> }   (embedded layout only:
//                the frame height it wants for its width; beside it AMP's { sentinel: "amp", type: "embed-size", height })
// After "ready" the map sends the current time, selection and range, then every change.
// A message of any other shape is ignored.
import * as v from 'valibot';

export const PROTOCOL = 'conflict-map';
export const PROTOCOL_VERSION = 1;

const Envelope = { protocol: v.literal(PROTOCOL), version: v.literal(PROTOCOL_VERSION) };

export const HostMessage = v.variant('type', [
  v.object({ ...Envelope, type: v.literal('setTime'), time: v.pipe(v.string(), v.maxLength(40)) }),
  v.object({ ...Envelope, type: v.literal('selectIncident'), id: v.nullable(v.pipe(v.string(), v.maxLength(200))) }),
  v.object({ ...Envelope, type: v.literal('showStep'), id: v.pipe(v.string(), v.maxLength(200)) }),
  v.object({ ...Envelope, type: v.literal('setRange'), start: v.nullable(v.pipe(v.string(), v.maxLength(40))), end: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))) }),
  v.object({ ...Envelope, type: v.literal('play') }),
  v.object({ ...Envelope, type: v.literal('pause') }),
]);

export type HostMessage = v.InferOutput<typeof HostMessage>;

export type MapMessage =
  | { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION; type: 'ready'; dataset: string; extent: { start: string; end: string } }
  | { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION; type: 'timechange'; time: string; wholeDay: boolean }
  | { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION; type: 'selectionchange'; id: string | null }
  | { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION; type: 'rangechange'; start: string | null; end: string | null }
  | { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION; type: 'viewchange'; query: string }
  | { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION; type: 'resize'; height: number };

/** The message if it has the documented shape, else null. */
export function readHostMessage(data: unknown): HostMessage | null {
  const result = v.safeParse(HostMessage, data);
  return result.success ? result.output : null;
}

// Lets an article that embeds the map drive it over postMessage, and tells the article what changes.
import { readHostMessage, PROTOCOL, PROTOCOL_VERSION, type MapMessage } from '../core/host-protocol';
import { parseMoment, toLocalIso } from '../core/time';
import { parseRange } from '../core/time-range';
import type { AppStore } from '../store/store';
import { watchFrameHeight } from './frame-height';
import { watchViewLink } from './view-link';
import { prefersReducedMotion } from './reduced-motion';

export function connectHost(store: AppStore, win: Window = window): () => void {
  const host = win.parent;
  const dataset = store.getState().dataset;
  if (host === win || !dataset) return () => {};
  const tz = dataset.manifest.timezone;
  // Only the page that embeds the map may drive it; what the map says is public, so any origin may hear it.
  const send = (message: MapMessage) => host.postMessage(message, '*');

  const onMessage = (event: MessageEvent) => {
    if (event.source !== host) return;
    const msg = readHostMessage(event.data);
    if (!msg) return;
    const s = store.getState();
    switch (msg.type) {
      case 'setTime': {
        const moment = parseMoment(msg.time, tz);
        if (!moment) return;
        if (moment.wholeDay) s.showDay(moment.ms);
        else s.setTime(moment.ms);
        return;
      }
      case 'setRange': {
        if (msg.start === null) return s.clearRange();
        const reading = parseRange(`${msg.start}/${msg.end ?? ''}`, tz);
        if ('range' in reading) s.showRange(reading.range.start, reading.range.end);
        return;
      }
      case 'selectIncident': return s.selectIncident(msg.id);
      case 'showStep': return s.showStep(msg.id);
      // Playing starts motion the reader did not ask for: not for a reader who prefers reduced motion.
      case 'play': return prefersReducedMotion(win) ? undefined : s.setPlaying(true);
      case 'pause': return s.setPlaying(false);
    }
  };
  win.addEventListener('message', onMessage);

  const envelope = { protocol: PROTOCOL, version: PROTOCOL_VERSION } as const;
  send({ ...envelope, type: 'ready', dataset: dataset.manifest.id, extent: { start: dataset.manifest.extent.start, end: dataset.manifest.extent.end } });
  // After "ready", the host hears the current time and selection at once, then every change.
  const unsubscribeTime = store.subscribe((s) => [s.time, s.span] as const, ([time, span]) => {
    send({ ...envelope, type: 'timechange', time: toLocalIso(time, tz), wholeDay: span === 'day' });
  }, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1], fireImmediately: true });
  const unsubscribeSelection = store.subscribe((s) => s.selectedId, (id) => send({ ...envelope, type: 'selectionchange', id }), { fireImmediately: true });
  const unsubscribeRange = store.subscribe((s) => (s.span === 'range' ? [s.rangeStart, s.time] as const : null), (range) => {
    send({ ...envelope, type: 'rangechange', start: range ? toLocalIso(range[0] as number, tz) : null, end: range ? toLocalIso(range[1], tz) : null });
  }, { equalityFn: (a, b) => a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]), fireImmediately: true });

  // The view as a link, for an article that keeps it in its own address (embed.js, data-conflict-map-link).
  const stopViewLink = watchViewLink({ store, win, send: (query) => send({ ...envelope, type: 'viewchange', query }) });

  // The embedded layout asks for the height it wants (embed.js sets it); AMP's amp-iframe hears its own
  // form of the same request. A host with neither ignores both.
  const stopHeight = store.getState().embed
    ? watchFrameHeight({ win, send: (height) => {
      send({ ...envelope, type: 'resize', height });
      host.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    } })
    : () => {};

  return () => {
    stopHeight();
    stopViewLink();
    win.removeEventListener('message', onMessage);
    unsubscribeTime();
    unsubscribeSelection();
    unsubscribeRange();
  };
}

// Between the store and the link format: what a link says about the view, and applying a link.
import { layerIds } from '../core/layers';
import { vocabularyOf } from '../core/vocabulary';
import { linkMinute, type LinkContext, type LinkState } from '../core/link-format';
import { startOfLocalDay } from '../core/time';
import type { Dataset } from '../core/types';
import { dayEnd, type AppState, type AppStore } from './store';

export function linkContextOf(dataset: Dataset): LinkContext {
  // Made when a link is first read: after an import (100,000 incidents) none may be, and the map waits.
  let incidentIds: ReadonlySet<string> | undefined;
  return {
    timeZone: dataset.manifest.timezone,
    start: dataset.start,
    end: dataset.end,
    get incidentIds() {
      return (incidentIds ??= new Set(dataset.incidents.map((i) => i.id)));
    },
    stepIds: new Set(dataset.story.map((s) => s.id)),
    rangeStepIds: new Set(dataset.story.filter((s) => s.until !== undefined).map((s) => s.id)),
    layerIds: layerIds(vocabularyOf(dataset.manifest)),
  };
}

/** The link for the store's state; parts at their defaults are left out to keep links short. */
export function linkStateOf(s: AppState): LinkState {
  const out: LinkState = {};
  const { dataset } = s;
  if (!dataset) return out;
  const tz = dataset.manifest.timezone;
  // Written to the minute (an end on a day's last moment as that day) by the link format.
  if (s.span === 'range' && s.rangeStart !== null) out.range = { start: s.rangeStart, end: s.time };
  else if (s.span === 'day') out.time = { ms: startOfLocalDay(s.time, tz), wholeDay: true };
  // Without t, an event would move the time to itself: write t whenever an incident is selected.
  else if (s.time !== dataset.start || s.selectedId !== null) out.time = { ms: linkMinute(s.time, tz), wholeDay: false };
  if (s.selectedId !== null) out.event = s.selectedId;
  if (s.view) out.map = s.view;
  if (s.layers.length !== layerIds(vocabularyOf(dataset.manifest)).length) out.layers = [...s.layers];
  if (s.embed) out.embed = true;
  if (s.compare && s.span === 'range') out.compare = true;
  if (s.lang !== 'en') out.lang = s.lang;
  if (s.step !== null) out.step = s.step;
  // Presentation, carried as the link gave it (writeLink leaves out light and plain=0).
  if (s.theme) out.theme = s.theme;
  if (s.plain) out.plain = true;
  if (s.claims) out.claims = true;
  if (s.sources) out.sources = s.sources;
  return out;
}

/** Sets the whole view from a link: what the link leaves out returns to its default. */
export function applyLink(store: AppStore, link: LinkState): void {
  const dataset = store.getState().fullDataset;
  if (!dataset) return;
  const all = layerIds(vocabularyOf(dataset.manifest));
  const step = link.step === undefined ? undefined : dataset.story.find((x) => x.id === link.step);
  const event = link.event ?? step?.incident;
  const incident = event === undefined ? undefined : dataset.incidents.find((i) => i.id === event);
  let time = dataset.start;
  let span: AppState['span'] = 'moment';
  let rangeStart: number | null = null;
  const stepUntil = step?.until === undefined ? undefined : Date.parse(step.until);
  if (link.range) {
    time = link.range.end;
    rangeStart = link.range.start;
    span = 'range';
  } else if (link.time?.wholeDay) {
    time = dayEnd(link.time.ms, dataset);
    span = 'day';
  } else if (link.time) time = link.time.ms;
  else if (step && stepUntil !== undefined) {
    time = stepUntil;
    rangeStart = Math.max(dataset.start, Date.parse(step.at));
    span = 'range';
  } else if (step) time = Date.parse(step.at);
  else if (incident) time = Date.parse(incident.start);
  const stepView = step?.view ? { zoom: step.view.zoom, lat: step.view.center[1], lon: step.view.center[0] } : null;
  store.setState({
    time: Math.min(dataset.end, Math.max(dataset.start, time)),
    span,
    rangeStart,
    selectedId: incident ? incident.id : null,
    view: link.map ?? stepView,
    layers: link.layers ? all.filter((l) => link.layers?.includes(l)) : [...all],
    claims: link.claims ?? false,
    embed: link.embed ?? false,
    plain: link.plain,
    theme: link.theme,
    compare: link.compare === true && span === 'range',
    lang: link.lang ?? 'en',
    step: step ? step.id : null,
  });
  store.getState().setSources(link.sources ?? null);
}

// The views a build pre-renders as pictures: the page's first view and each story step, as the app
// shows them (a step's moment or range, its map view and its incident).
import type { MapView } from '../link-format';
import type { Dataset } from '../types';
import type { RenderView } from './render-view';

export interface PreviewView {
  /** 'start', or the story step's id. */
  id: string;
  view: RenderView;
  frame: MapView | null;
  selectedId: string | null;
}

export function previewViews(dataset: Dataset): PreviewView[] {
  const start: PreviewView = { id: 'start', view: { time: dataset.start, span: 'moment' }, frame: null, selectedId: null };
  const clamp = (ms: number) => Math.min(dataset.end, Math.max(dataset.start, ms));
  return [start, ...dataset.story.map((step): PreviewView => {
    const at = clamp(Date.parse(step.at));
    const until = step.until === undefined ? null : clamp(Date.parse(step.until));
    return {
      id: step.id,
      view: until === null ? { time: at, span: 'moment' } : { time: Math.max(at, until), span: 'range', rangeStart: Math.min(at, until) },
      frame: step.view ? { zoom: step.view.zoom, lat: step.view.center[1], lon: step.view.center[0] } : null,
      selectedId: step.incident ?? null,
    };
  })];
}

/** The picture nearest a time: the latest at or before it, else the earliest. */
export function nearestPreview<T extends { time: number }>(previews: readonly T[], time: number): T | undefined {
  let best: T | undefined;
  for (const p of previews) {
    if (p.time <= time && (!best || p.time > best.time)) best = p;
  }
  return best ?? [...previews].sort((a, b) => a.time - b.time)[0];
}

// The map view that frames a dataset in a picture as the app frames it on opening: its first frame
// (initial-frame.ts) fitted inside the room the picture leaves free, the zoom snapped down to half steps.
import { frameMinZoom, initialFrame } from '../initial-frame';
import type { MapView } from '../link-format';
import type { Dataset } from '../types';
import { worldPoint, worldToLonLat } from './projection';

/** The app's zoomSnap, and the greatest zoom its map allows (the least depends on the frame). */
const ZOOM_SNAP = 0.5;
const MAX_ZOOM = 18;

/** The free room for the map, in picture pixels: what the picture's chrome does not cover. */
export interface FreeRoom { left: number; top: number; right: number; bottom: number }

export interface FitOptions {
  width: number;
  height: number;
  /** Where the map may show the dataset; the whole picture when absent. */
  room?: FreeRoom;
  /** Pixels kept clear inside the room, as the app's fitBounds padding. */
  padding?: number;
}

/** The view whose centre is the picture's centre and that shows the dataset's first frame inside the room. */
export function fitFrame(dataset: Pick<Dataset, 'sites' | 'basemap' | 'incidents'>, { width, height, room, padding = 28 }: FitOptions): MapView {
  const frame = initialFrame(dataset);
  const [w, s, e, n] = frame;
  const free = room ?? { left: 0, top: 0, right: width, bottom: height };
  const [x0, y0] = worldPoint(w, n);
  const [x1, y1] = worldPoint(e, s);
  const roomW = Math.max(1, free.right - free.left - 2 * padding);
  const roomH = Math.max(1, free.bottom - free.top - 2 * padding);
  // The largest zoom at which the box fits (a point alone: the largest zoom there is), snapped down.
  const fit = Math.log2(Math.min(roomW / Math.max(x1 - x0, 1e-12), roomH / Math.max(y1 - y0, 1e-12)));
  const zoom = Math.min(MAX_ZOOM, Math.max(frameMinZoom(frame), Math.floor(fit / ZOOM_SNAP) * ZOOM_SNAP));
  const scale = 2 ** zoom;
  // The box's centre goes to the room's centre; the view's centre is what then lies at the picture's.
  const boxX = (x0 + x1) / 2;
  const boxY = (y0 + y1) / 2;
  const dx = (width / 2 - (free.left + free.right) / 2) / scale;
  const dy = (height / 2 - (free.top + free.bottom) / 2) / scale;
  const [lon, lat] = worldToLonLat(boxX + dx, boxY + dy);
  return { zoom, lat: round6(lat), lon: round6(lon) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

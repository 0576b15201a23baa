// An animation of the map over time: a picture of each moment (drawn by the core's renderer, with
// its time on it), rasterised and streamed into a GIF one frame at a time.
import type { RenderRequest } from '../core/render/render-view';
import { renderViewSvg } from '../core/render/render-view';
import { streamGif } from './gif-stream';
import { rasterise } from './rasterise';

export interface AnimationRequest {
  /** Everything a picture needs but its view: each frame is the moment it shows. */
  picture: Omit<RenderRequest, 'view'>;
  /** The moments shown, one frame each, in order. */
  times: readonly number[];
  /** Pixels per SVG unit (default 1). */
  scale?: number;
  /** Milliseconds per frame. */
  delay: number;
  write(bytes: Uint8Array): Promise<void>;
  /** Told after each frame is written (frames written so far, frames in all). */
  progress?(done: number, total: number): void;
}

// GIF pixels are opaque: the picture is painted on white where it leaves anything transparent.
const BACKGROUND = '#ffffff';

export async function writeAnimation(req: AnimationRequest): Promise<{ frames: number; bytes: number; width: number; height: number }> {
  const frameAt = (time: number) => rasterise(renderViewSvg({ ...req.picture, view: { time, span: 'moment', rangeStart: null } }), { scale: req.scale ?? 1, background: BACKGROUND });
  const first = frameAt(req.times[0] as number);
  const { width, height } = first;
  // One palette for all frames, from both ends: what the map looks like at the start and at the end.
  const firstPixels = first.rgba();
  const lastPixels = req.times.length > 1 ? frameAt(req.times[req.times.length - 1] as number).rgba() : new Uint8Array(0);
  const paletteSample = new Uint8Array(firstPixels.byteLength + lastPixels.byteLength);
  paletteSample.set(firstPixels, 0);
  paletteSample.set(lastPixels, firstPixels.byteLength);
  function* frames(): Generator<Uint8Array> {
    for (const [i, time] of req.times.entries()) {
      if (i > 0) req.progress?.(i, req.times.length);
      yield frameAt(time).rgba();
    }
  }
  const written = await streamGif({ width, height, frames: frames(), paletteSample, delay: req.delay, write: req.write });
  req.progress?.(req.times.length, req.times.length);
  return { ...written, width, height };
}

// Pictures in Node at one size: a 1200 × 630 PNG of a moment and of a range (render, then
// rasterise), and a 96-frame hourly GIF streamed to nowhere; with the process's peak memory.
import { performance } from 'node:perf_hooks';
import { writeAnimation } from '../src/cli/animate';
import { rasterise } from '../src/cli/rasterise';
import { loadDataset } from '../src/core/dataset';
import { indexDataset } from '../src/core/dataset-index';
import { HOUR } from '../src/core/time';
import { renderViewSvg, type RenderRequest } from '../src/core/render/render-view';
import { generate, type SyntheticSize } from './generate';
import { summarize, type Summary } from './stats';

export interface PictureResult {
  size: string;
  /** A moment's picture: the SVG, then its PNG; and the two together. */
  momentSvg: Summary;
  momentPng: Summary;
  /** A range of two days: SVG and PNG together. */
  rangePicture: Summary;
  svgBytes: number;
  /** 96 hourly frames, 1200 × 630, encoded as GIF. */
  animationMs: number;
  animationFrames: number;
  animationBytes: number;
  peakRssMB: number;
}

const PICTURE = { width: 1200, height: 630 };

export async function benchPictures(size: SyntheticSize, { runs = 5, frames = 96 } = {}): Promise<PictureResult> {
  const { manifest, files } = generate(size);
  const texts: Record<string, string> = { 'dataset.json': JSON.stringify(manifest) };
  for (const [name, json] of Object.entries(files)) texts[name] = JSON.stringify(json);
  const { dataset } = await loadDataset('dataset.json', async (p) => texts[p] as string);
  if (!dataset) throw new Error('synthetic data invalid');
  const index = indexDataset(dataset);
  const base: Omit<RenderRequest, 'view'> = { dataset, index, lang: 'en', ...PICTURE };
  const middle = dataset.start + (dataset.end - dataset.start) / 2;

  const svgMs: number[] = [];
  const pngMs: number[] = [];
  const rangeMs: number[] = [];
  let svgBytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = middle + i * HOUR;
    const t0 = performance.now();
    const svg = renderViewSvg({ ...base, view: { time: t, span: 'moment' } });
    const t1 = performance.now();
    rasterise(svg).png();
    const t2 = performance.now();
    rasterise(renderViewSvg({ ...base, view: { time: t + 48 * HOUR, span: 'range', rangeStart: t } })).png();
    rangeMs.push(performance.now() - t2);
    svgMs.push(t1 - t0);
    pngMs.push(t2 - t1);
    svgBytes = svg.length;
  }

  let bytes = 0;
  const times = Array.from({ length: frames }, (_, i) => middle + i * HOUR);
  const a0 = performance.now();
  await writeAnimation({ picture: base, times, delay: 500, write: async (b) => { bytes += b.byteLength; } });
  const animationMs = performance.now() - a0;
  return {
    size: size.name,
    momentSvg: summarize(svgMs),
    momentPng: summarize(pngMs),
    rangePicture: summarize(rangeMs),
    svgBytes,
    animationMs,
    animationFrames: frames,
    animationBytes: bytes,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1048576,
  };
}

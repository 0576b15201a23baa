// The views of the built-in dataset that the renderer's tests draw: a moment, a range, a day, and a
// frame zoomed in on Allaya.
import { indexDataset } from '../../src/core/dataset-index';
import type { RenderRequest } from '../../src/core/render/render-view';
import type { Dataset } from '../../src/core/types';
import { BUILTIN, loadValid } from './fs-dataset';

const at = (iso: string) => Date.parse(iso);

export interface NamedView { name: string; request: Omit<RenderRequest, 'dataset' | 'index'> }

/** Allaya district's centre (and its prison's). */
export const ALLAYA = { lat: 37.045, lon: 41.245 };

export const VIEWS: NamedView[] = [
  { name: 'moment-2016-04-21T12-00-en', request: { view: { time: at('2016-04-21T12:00+03:00'), span: 'moment' }, lang: 'en', width: 1200, height: 630 } },
  {
    name: 'range-2016-04-20-2016-04-23-ar',
    request: { view: { time: at('2016-04-24T00:00+03:00') - 1, span: 'range', rangeStart: at('2016-04-20T00:00+03:00') }, lang: 'ar', width: 1200, height: 630 },
  },
  { name: 'day-2016-04-22-ku', request: { view: { time: at('2016-04-23T00:00+03:00') - 1, span: 'day' }, lang: 'ku', width: 1200, height: 630 } },
  {
    name: 'frame-allaya-2016-04-21T13-00-en',
    request: { view: { time: at('2016-04-21T13:00+03:00'), span: 'moment' }, lang: 'en', width: 800, height: 600, frame: { zoom: 16, ...ALLAYA }, selectedId: 'prison-capture' },
  },
];

let loaded: Promise<{ dataset: Dataset; index: ReturnType<typeof indexDataset> }> | null = null;

/** The built-in dataset and its index, loaded once per test file. */
export function builtin(): Promise<{ dataset: Dataset; index: ReturnType<typeof indexDataset> }> {
  loaded ??= loadValid(BUILTIN).then((dataset) => ({ dataset, index: indexDataset(dataset) }));
  return loaded;
}

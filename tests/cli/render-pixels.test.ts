// A picture's pixels where the data says: inside Allaya prison's area, the government's blue before
// its capture and the Asayish's orange after, in the PNG the rasteriser makes of the renderer's SVG.
import { describe, expect, it } from 'vitest';
import { rasterise } from '../../src/cli/rasterise';
import { indexDataset } from '../../src/core/dataset-index';
import { centroid } from '../../src/core/geo';
import { projection } from '../../src/core/render/projection';
import { renderViewSvg } from '../../src/core/render/render-view';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { pngSize } from '../helpers/image-headers';

const SIZE = { width: 600, height: 400 };

describe('pixels of a picture (built-in dataset)', async () => {
  const dataset = await loadValid(BUILTIN);
  const index = indexDataset(dataset);
  const prison = dataset.sites.find((s) => s.id === 'allaya-prison');
  if (!prison || prison.geometry.type !== 'Polygon') throw new Error('Allaya prison has no polygon');
  const ring = prison.geometry.coordinates[0] as [number, number][];
  const [lon, lat] = centroid(prison.geometry as Parameters<typeof centroid>[0]);
  const frame = { zoom: 17, lat, lon };
  // Points between the centre (where the prison's own mark sits) and each corner.
  const project = projection(frame, { cx: SIZE.width / 2, cy: SIZE.height / 2 }).point;
  const samples = ring.slice(0, -1).map(([x, y]) => project(lon + (x - lon) * 0.7, lat + (y - lat) * 0.7));

  const colours = (iso: string) => {
    const svg = renderViewSvg({ dataset, index, lang: 'en', view: { time: Date.parse(iso), span: 'moment' }, frame, ...SIZE });
    const image = rasterise(svg);
    const rgba = image.rgba();
    expect(pngSize(image.png())).toEqual(SIZE);
    return samples.map(([x, y]) => {
      const i = (Math.round(y) * image.width + Math.round(x)) * 4;
      return { r: rgba[i] as number, g: rgba[i + 1] as number, b: rgba[i + 2] as number };
    });
  };
  const orangeish = (c: { r: number; b: number }) => c.r > c.b + 40;
  // The prison lies inside Allaya district, which the Asayish held throughout: the government's
  // blue over the district's orange reads grey-green, and turns orange when the prison changes hands.
  const blueness = (c: { r: number; b: number }) => c.b - c.r;
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;

  it('is the government\'s before the siege (20 April, 00:00) and the Asayish\'s after the capture (21 April, 13:00)', () => {
    const before = colours('2016-04-20T00:00:00+03:00');
    const after = colours('2016-04-21T13:00:00+03:00');
    expect(before.filter(orangeish)).toEqual([]);
    expect(after.filter(orangeish).length).toBeGreaterThan(samples.length / 2);
    expect(median(before.map(blueness))).toBeGreaterThan(median(after.map(blueness)) + 80);
  });
});

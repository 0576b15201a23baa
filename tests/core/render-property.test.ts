// Properties of the renderer over generated datasets: every view of every dataset is well-formed XML,
// the same bytes when drawn twice, and its areas are filled by who holds them at the view's time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaStateAt } from '../../src/core/control';
import { indexDataset } from '../../src/core/dataset-index';
import { LANGS } from '../../src/core/names';
import { renderViewSvg } from '../../src/core/render/render-view';
import type { RenderView } from '../../src/core/render/view-contents';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { runs } from '../helpers/properties';
import { paintColour, parseSvg } from '../helpers/svg-dom';

const view = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.constantFrom('moment', 'day', 'range') as fc.Arbitrary<RenderView['span']>,
});

describe('pictures of generated datasets', () => {
  it('parse as XML, are byte-identical drawn twice, and fill each area by its holder', () => {
    fc.assert(fc.property(arbitraryDataset, view, fc.constantFrom(...LANGS), fc.boolean(), (dataset, v, lang, framed) => {
      const index = indexDataset(dataset);
      const time = Math.round(dataset.start + v.at * (dataset.end - dataset.start));
      const rangeStart = v.span === 'range' ? Math.round(dataset.start + v.at * v.length * (time - dataset.start)) : null;
      const request = {
        dataset, index, lang, width: 640, height: 400,
        view: { time, span: v.span, rangeStart },
        frame: framed ? { zoom: 15, lat: 37.02, lon: 41.03 } : null,
      };
      const svg = renderViewSvg(request);
      expect(renderViewSvg(request)).toBe(svg);
      const doc = parseSvg(svg);
      for (const path of doc.querySelectorAll('.areas path')) {
        const site = path.getAttribute('data-site') as string;
        const holder = areaStateAt(index.control, site, time)?.controller;
        expect(paintColour(doc, path)).toBe(dataset.actors.find((a) => a.id === holder)?.colour);
      }
    }), { numRuns: runs(60) });
  }, 60_000); // 60 datasets drawn twice: seconds on a busy machine, minutes with FUZZ=1
});

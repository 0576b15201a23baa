// Golden pictures: views of the built-in dataset drawn as SVG, compared byte for byte with files
// checked by eye (REGEN=1 rewrites them), and drawn twice to show the same input gives the same bytes.
import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/core/render/render-view';
import { expectedText } from '../helpers/expected-file';
import { builtin, VIEWS } from '../helpers/render-views';

describe('golden pictures of the built-in dataset', () => {
  for (const { name, request } of VIEWS) {
    it(`draws ${name} as its expected SVG, the same twice`, async () => {
      const { dataset, index } = await builtin();
      const svg = renderViewSvg({ dataset, index, ...request });
      expect(renderViewSvg({ dataset, index, ...request })).toBe(svg);
      expect(svg).toBe(expectedText(`tests/fixtures/render/${name}.svg`, svg));
    });
  }
});

// Hostile names stay text in pictures: the hostile fixture (and names with markup, quotes, "&" and
// "]]>") drawn in every span and language parse as XML with no script, no event attribute, no
// foreignObject and no reference outside the picture, and the names read as written.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset-index';
import { LANGS } from '../../src/core/names';
import { renderViewSvg } from '../../src/core/render/render-view';
import type { RenderView } from '../../src/core/render/view-contents';
import type { Dataset } from '../../src/core/types';
import { loadValid } from '../helpers/fs-dataset';
import { parseSvg } from '../helpers/svg-dom';

const HOSTILE = 'tests/fixtures/hostile/dataset.json';

function viewsOf(dataset: Dataset): RenderView[] {
  const mid = dataset.start + Math.floor((dataset.end - dataset.start) / 2);
  return [
    { time: mid, span: 'moment' },
    { time: mid, span: 'day' },
    { time: dataset.end, span: 'range', rangeStart: dataset.start },
  ];
}

/** Everything that could run or fetch: scripts, handlers, foreign content, outside references, url() in styles. */
function dangers(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const name = el.localName.toLowerCase();
    if (name === 'script' || name === 'foreignobject' || name === 'iframe' || name === 'style') found.push(`<${name}>`);
    for (const attr of el.attributes) {
      const key = attr.name.toLowerCase();
      if (key.startsWith('on')) found.push(`${name} ${key}`);
      if ((key === 'href' || key.endsWith(':href') || key === 'src') && !/^#[\w-]+$/.test(attr.value)) found.push(`${name} ${key}=${attr.value}`);
      if (/url\(/i.test(attr.value) && !/^url\(#[\w-]+\)$/.test(attr.value)) found.push(`${name} ${key}=${attr.value}`);
    }
  }
  return found;
}

describe('a hostile dataset in pictures', () => {
  it('(the check itself finds what it looks for)', () => {
    const doc = parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><script/><a href="https://x.example/"/><g onload="x()" fill="url(https://x.example/#p)"/><use href="#ok"/></svg>');
    expect(dangers(doc)).toEqual(['<script>', 'a href=https://x.example/', 'g onload', 'g fill=url(https://x.example/#p)']);
  });

  it('draws the hostile fixture as XML with nothing that runs or fetches, its names as written', async () => {
    const dataset = await loadValid(HOSTILE);
    const index = indexDataset(dataset);
    for (const view of viewsOf(dataset)) {
      for (const lang of LANGS) {
        const doc = parseSvg(renderViewSvg({ dataset, index, view, lang, width: 1200, height: 630 }));
        expect(dangers(doc)).toEqual([]);
        expect(doc.querySelector('title')?.textContent).toBe(dataset.manifest.title);
        // The alt text names the holders in full.
        const desc = doc.querySelector('desc')?.textContent ?? '';
        for (const actor of dataset.actors) expect(desc).toContain(actor.short);
      }
    }
  });

  it('keeps names with markup, quotes, ampersands and "]]>" as text in the legend, labels and heading', async () => {
    const base = await loadValid(HOSTILE);
    const nasty = (s: string) => `${s} <script>alert(1)</script> & "q" 'a' ]]>`;
    const dataset: Dataset = {
      ...base,
      manifest: { ...base.manifest, title: nasty('T') },
      actors: base.actors.map((a, i) => ({ ...a, short: nasty(`A${i}`) })),
      sites: base.sites.map((s) => ({ ...s, properties: { ...s.properties, name: { en: nasty('S') } } })),
    };
    const index = indexDataset(dataset);
    const svg = renderViewSvg({ dataset, index, view: { time: dataset.end, span: 'range', rangeStart: dataset.start }, lang: 'en', width: 1600, height: 900 });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain(']]>');
    const doc = parseSvg(svg);
    expect(dangers(doc)).toEqual([]);
    expect(doc.querySelector('text.title')?.textContent).toBe(nasty('T'));
    const legendTexts = [...doc.querySelectorAll('.legend text')].map((t) => t.textContent);
    for (const actor of dataset.actors) {
      if (doc.querySelector(`[data-controller="${actor.id}"]`)) expect(legendTexts).toContain(actor.short);
    }
    expect(legendTexts.some((t) => t === nasty('A0') || t === nasty('A1'))).toBe(true);
  });
});

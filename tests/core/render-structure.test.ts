// What the pictures show, read back from the SVG: who fills Allaya prison before and after its
// capture, a range's band and "was" label, a legend that lists exactly the holders drawn, a scale
// bar as long as its label says, and the heading's texts.
import { describe, expect, it } from 'vitest';
import { renderViewSvg, type RenderRequest } from '../../src/core/render/render-view';
import { builtin, VIEWS } from '../helpers/render-views';
import { paintColour, parseSvg } from '../helpers/svg-dom';

const at = (iso: string) => Date.parse(iso);

async function draw(request: Omit<RenderRequest, 'dataset' | 'index'>): Promise<{ doc: Document; colour: (actor: string) => string }> {
  const { dataset, index } = await builtin();
  const doc = parseSvg(renderViewSvg({ dataset, index, ...request }));
  const colour = (id: string) => dataset.actors.find((a) => a.id === id)?.colour as string;
  return { doc, colour };
}

const moment = (iso: string, lang: RenderRequest['lang'] = 'en') => ({ view: { time: at(iso), span: 'moment' as const }, lang, width: 1200, height: 630 });

describe('Allaya prison in the pictures', () => {
  it('is filled in the government\'s colour before its capture (hatched while besieged) and the Asayish\'s after', async () => {
    const before = await draw(moment('2016-04-20T10:00+03:00'));
    const prison = (doc: Document) => doc.querySelector('path[data-site="allaya-prison"]') as Element;
    expect(paintColour(before.doc, prison(before.doc))).toBe(before.colour('government'));
    expect(prison(before.doc).getAttribute('data-contested')).toBeNull();

    const besieged = await draw(moment('2016-04-21T11:00+03:00'));
    expect(prison(besieged.doc).getAttribute('fill')).toMatch(/^url\(#/);
    expect(paintColour(besieged.doc, prison(besieged.doc))).toBe(besieged.colour('government'));

    const after = await draw(moment('2016-04-21T12:00+03:00'));
    expect(paintColour(after.doc, prison(after.doc))).toBe(after.colour('asayish'));
    // Taken at 12:00: drawn as having changed hands lately.
    expect(prison(after.doc).getAttribute('stroke-width')).toBe('3.5');
  });

  it('is marked in a range with an inner band in the government\'s colour and a "was" label', async () => {
    const { request } = VIEWS.find((v) => v.name.startsWith('range'))!;
    const { doc, colour } = await draw(request);
    const band = doc.querySelector('.area-was[data-site="allaya-prison"]');
    expect(band?.getAttribute('stroke')).toBe(colour('government'));
    expect(band?.getAttribute('data-was')).toBe('government');
    const label = doc.querySelector('.area-was-label[data-site="allaya-prison"] text');
    expect(label?.textContent).toBe('سابقاً: \u2068Government\u2069');
    expect(label?.getAttribute('direction')).toBe('rtl');
    // Filled by who holds it at the range's end.
    expect(paintColour(doc, doc.querySelector('path[data-site="allaya-prison"]') as Element)).toBe(colour('asayish'));
  });

  it('draws no band out of a range', async () => {
    const { doc } = await draw(moment('2016-04-21T12:00+03:00'));
    expect(doc.querySelectorAll('.area-was')).toHaveLength(0);
  });
});

describe('the legend', () => {
  for (const { name, request } of VIEWS) {
    it(`lists exactly the holders drawn in ${name}`, async () => {
      const { dataset } = await builtin();
      const { doc } = await draw(request);
      const actorIds = new Set(dataset.actors.map((a) => a.id));
      const listed = [...doc.querySelectorAll('.legend [data-legend]')].map((e) => e.getAttribute('data-legend') as string).filter((id) => actorIds.has(id));
      const drawn = new Set([...doc.querySelectorAll('[data-controller], [data-was]')].map((e) => e.getAttribute('data-controller') ?? e.getAttribute('data-was') as string));
      expect(listed.length).toBeGreaterThan(0);
      expect(new Set(listed)).toEqual(drawn);
      // In the dataset's order of actors, once each.
      expect(listed).toEqual(dataset.actors.map((a) => a.id).filter((id) => drawn.has(id)));
    });
  }

  it('lists the incident types drawn, and only those', async () => {
    const { doc } = await draw(moment('2016-04-21T12:00+03:00'));
    const used = new Set([...doc.querySelectorAll('.incidents use')].map((u) => u.getAttribute('href')?.replace('#pv-glyph-', '')));
    const listed = [...doc.querySelectorAll('.legend [data-legend] use')].map((u) => u.getAttribute('href')?.replace('#pv-glyph-', ''));
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed)).toEqual(used);
  });

  it('leaves out the holders and types of layers turned off', async () => {
    const { doc } = await draw({ ...moment('2016-04-21T12:00+03:00'), layers: ['sites', 'talks'] });
    expect(doc.querySelectorAll('.areas [data-controller]')).toHaveLength(0);
    // At noon on 21 April the capture, the mortar fire and the statements are in force: only the statements' layer is on.
    const drawn = [...doc.querySelectorAll('.incidents use')].map((u) => u.getAttribute('data-incident'));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn).not.toContain('prison-capture');
    expect(drawn).not.toContain('allaya-mortar-fire');
    expect(doc.querySelector('.legend [data-legend="asayish"]')).toBeNull();
  });
});

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const metresOf = (label: string): number => {
  const ascii = label.replace(/[٠-٩]/g, (d) => String(ARABIC_DIGITS.indexOf(d)));
  const n = Number(/[\d.]+/.exec(ascii)?.[0]);
  return /km|كم/.test(label) ? n * 1000 : n;
};

describe('the scale bar', () => {
  for (const { name, request } of VIEWS) {
    it(`is as long as its label says, within 1 %, in ${name}`, async () => {
      const { doc } = await draw(request);
      const [zoom, lat] = (doc.documentElement.getAttribute('data-map-view') as string).split('/').map(Number) as [number, number];
      const metresPerPixel = (2 * Math.PI * 6378137 * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);
      const d = doc.querySelector('.scale-bar .scale-line')?.getAttribute('d') as string;
      const [x0, x1] = [Number(/^M([\d.]+)/.exec(d)?.[1]), Number(/H([\d.]+)/.exec(d)?.[1])];
      const metres = metresOf(doc.querySelector('.scale-bar text')?.textContent ?? '');
      expect(metres).toBeGreaterThan(0);
      expect(Math.abs((x1 - x0) * metresPerPixel - metres) / metres).toBeLessThan(0.01);
      expect(x1 - x0).toBeGreaterThan(30);
    });
  }
});

describe('the heading', () => {
  it('has the dataset\'s title and the moment with "local time"', async () => {
    const { dataset } = await builtin();
    const { doc } = await draw(moment('2016-04-21T12:00+03:00'));
    expect(doc.querySelector('text.title')?.textContent).toBe(dataset.manifest.title);
    expect(doc.querySelector('text.time')?.textContent).toBe('21 April 2016, 12:00, local time (UTC+03:00)');
    expect(doc.querySelector('title')?.textContent).toBe(dataset.manifest.title);
  });

  it('words a range\'s two ends and a whole day in the picture\'s language', async () => {
    const range = await draw(VIEWS.find((v) => v.name.startsWith('range'))!.request);
    expect(range.doc.querySelector('text.time')?.textContent).toBe('\u2068٢٠ نيسان ٢٠١٦\u2069 – \u2068٢٣ نيسان ٢٠١٦\u2069، بالتوقيت المحلي (UTC+03:00)');
    const day = await draw(VIEWS.find((v) => v.name.startsWith('day'))!.request);
    expect(day.doc.querySelector('text.time')?.textContent).toBe('22 nîsan 2016, tevahiya rojê, dema herêmî (UTC+03:00)');
  });

  it('puts Arabic text at the right edge, right to left', async () => {
    const { doc } = await draw(moment('2016-04-21T12:00+03:00', 'ar'));
    const time = doc.querySelector('text.time') as Element;
    expect(time.getAttribute('direction')).toBe('rtl');
    expect(time.getAttribute('text-anchor')).toBe('start');
    expect(Number(time.getAttribute('x'))).toBeGreaterThan(1100);
    const legend = doc.querySelector('.legend rect') as Element;
    expect(Number(legend.getAttribute('x'))).toBeLessThan(100);
  });
});

describe('the frame of a fitted picture', () => {
  it('is the same at every time and span, so that an animation\'s frames line up', async () => {
    const { dataset, index } = await builtin();
    const frames = new Set<string>();
    for (const iso of ['2016-04-20T08:00+03:00', '2016-04-21T12:00+03:00', '2016-04-24T20:00+03:00']) {
      for (const span of ['moment', 'day', 'range'] as const) {
        const view = { time: at(iso), span, rangeStart: span === 'range' ? dataset.start : null };
        const doc = parseSvg(renderViewSvg({ dataset, index, view, lang: 'ar', width: 1200, height: 630 }));
        frames.add(doc.documentElement.getAttribute('data-map-view') as string);
      }
    }
    expect([...frames]).toHaveLength(1);
    // A map view given is drawn as given.
    const framed = parseSvg(renderViewSvg({ dataset, index, view: { time: dataset.start, span: 'moment' }, lang: 'en', width: 900, height: 500, frame: { zoom: 14.5, lat: 37.05, lon: 41.23 } }));
    expect(framed.documentElement.getAttribute('data-map-view')).toBe('14.5/37.05/41.23');
  });
});

describe('data that is not the publisher’s own', () => {
  it('says where it came from in a band under the heading, in the picture’s language; its own data has none', async () => {
    const view = moment('2016-04-21T14:00+03:00');
    const own = await draw(view);
    expect(own.doc.querySelector('g.data-origin')).toBeNull();
    const elsewhere = await draw({ ...view, origin: { kind: 'address', url: 'https://elsewhere.example/f.json', host: 'elsewhere.example' } });
    expect(elsewhere.doc.querySelector('g.data-origin')?.textContent).toMatch(/^Data loaded from \u2068?elsewhere\.example\u2069?, not published by this site$/);
    const arabic = await draw({ ...moment('2016-04-21T14:00+03:00', 'ar'), origin: { kind: 'files', name: 'mine.json' } });
    expect(arabic.doc.querySelector('g.data-origin')?.textContent).toMatch(/mine\.json.*لم ينشرها هذا الموقع/);
  });
});

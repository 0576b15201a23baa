// Many areas are drawn on one canvas, not as an SVG path each. On seeded synthetic data (four hundred
// square areas), read from the canvas's own pixels at places worked out here: each area in view is
// filled with its holder's colour, hatched where contested, outlined dark where it just changed
// hands; a click on an area opens its popup; a range's bands are drawn on it, over the areas; the dark theme
// fills more strongly; every area keeps its label.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generate, type SyntheticSize } from '../../bench/generate';
import { RECENT_CHANGE_MS } from '../../src/core/control';
import type { Actor, Position, Site } from '../../src/core/types';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';
import { onScreen, toWorld, type Pixel, type View } from './web-mercator';

const baseUrl = inject('baseUrl');
const SIZE: SyntheticSize = { name: 'area canvas', areas: 400, incidents: 20, changes: 1500 };
const ZOOM = 10;
const HOUR = 3_600_000;

interface Change { site: string; at: string; from: string; to: string; contested: boolean }
interface Held { controller: string; contested: boolean; since: number | null }

let browser: Browser;
let dir: string;
let name: string;
let sites: Site[];
let changes: Change[];
let colours: Map<string, string>;
let initial: Map<string, string>;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'area-canvas-'));
  const { manifest, files } = generate(SIZE);
  name = manifest.id;
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, 'dataset.json'), JSON.stringify(manifest));
  for (const [file, json] of Object.entries(files)) writeFileSync(join(dir, name, file), JSON.stringify(json));
  sites = (files['sites.geojson'] as { features: Site[] }).features;
  const control = files['control.json'] as { initial: { site: string; controller: string }[]; changes: Change[] };
  changes = control.changes;
  initial = new Map(control.initial.map((i) => [i.site, i.controller]));
  colours = new Map((files['actors.json'] as Actor[]).map((a) => [a.id, a.colour]));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Who holds each area at `t`, by the test's own walk through the changes (a change to the same holder keeps its "since"). */
function heldAt(t: number): Map<string, Held> {
  const held = new Map<string, Held>([...initial].map(([site, controller]) => [site, { controller, contested: false, since: null }]));
  for (const c of [...changes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    const at = Date.parse(c.at);
    if (at > t) break;
    const before = held.get(c.site) as Held;
    held.set(c.site, { controller: c.to, contested: c.contested, since: c.to === before.controller ? before.since : at });
  }
  return held;
}

/** The middle of a (square) area, and its west edge's middle, [lon, lat]. */
function squareOf(site: Site): { centre: Position; westEdge: Position } {
  const ring = (site.geometry as { coordinates: number[][][] }).coordinates[0] as number[][];
  const xs = ring.map((p) => p[0] as number);
  const ys = ring.map((p) => p[1] as number);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { centre: [(w + e) / 2, (s + n) / 2], westEdge: [w, (s + n) / 2] };
}

/** A moment an hour after an area in the grid's middle changed hands, with a contested area near it, and that area. */
function justChanged(): { t: number; site: Site } {
  for (const c of changes) {
    const site = sites.find((s) => s.id === c.site) as Site;
    const t = Date.parse(c.at) + HOUR;
    const [lon, lat] = squareOf(site).centre as [number, number];
    const states = heldAt(t);
    const held = states.get(c.site) as Held;
    // Within the view of the map at zoom 10 round that area (and away from its edges).
    const contestedNear = sites.some((s) => {
      const [x, y] = squareOf(s).centre as [number, number];
      return states.get(s.id)?.contested === true && Math.abs(x - lon) < 0.4 && Math.abs(y - lat) < 0.2;
    });
    if (lon > 39.5 && lon < 40.5 && lat > 36.5 && lat < 37.5 && held.since === Date.parse(c.at) && !held.contested && contestedNear) return { t, site };
  }
  throw new Error('no area in the middle of the grid changes hands');
}

const minute = (t: number) => new Date(t).toISOString().slice(0, 16);

async function open(query: string, site: Site): Promise<{ page: Page; view: View; box: { x: number; y: number; width: number; height: number }; close: () => Promise<void> }> {
  const [lon, lat] = (squareOf(site).centre as number[]).map((x) => Number(x.toFixed(5))) as [number, number];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveFixture(context, name, { dir: join(dir, name) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}?data=fixtures/${name}/dataset.json&map=${ZOOM}/${lat}/${lon}&${query}`);
  await page.locator('canvas.area-canvas').waitFor({ state: 'attached', timeout: 45_000 });
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map');
  return {
    page, box, view: { zoom: ZOOM, centre: toWorld([lon, lat], ZOOM) },
    close: async () => {
      expect(errors).toEqual([]);
      await context.close();
    },
  };
}

/** The area canvas's own pixels (RGBA, unblended with the map under it) in a square of `r` pixels round each point on the page. */
function pixels(page: Page, points: readonly Pixel[], r = 0): Promise<number[][][]> {
  return page.locator('canvas.area-canvas').evaluate((canvas: HTMLCanvasElement, { points, r }) => {
    const rect = canvas.getBoundingClientRect();
    const k = canvas.width / rect.width;
    const ctx = canvas.getContext('2d');
    return points.map((p) => {
      const x = Math.floor((p.x - rect.left) * k);
      const y = Math.floor((p.y - rect.top) * k);
      const data = ctx?.getImageData(x - r, y - r, 2 * r + 1, 2 * r + 1).data ?? new Uint8ClampedArray();
      const out: number[][] = [];
      for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2], data[i + 3]] as number[]);
      return out;
    });
  }, { points, r });
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a: readonly number[], b: readonly number[], tolerance: number) => b.every((v, i) => Math.abs((a[i] as number) - v) <= tolerance);

/** The areas whose middles are well inside the map, with where those middles are on the page. */
function inView(view: View, box: { x: number; y: number; width: number; height: number }): { site: Site; at: Pixel; edge: Pixel }[] {
  const margin = 60;
  return sites.map((site) => ({ site, at: onScreen(squareOf(site).centre, view, box), edge: onScreen(squareOf(site).westEdge, view, box) }))
    .filter(({ at }) => at.x > box.x + margin && at.x < box.x + box.width - margin && at.y > box.y + margin && at.y < box.y + box.height - margin);
}

describe('areas on a canvas', () => {
  it('fills each area in view with its holder\'s colour, hatches contested ones and outlines the one that just changed hands', async () => {
    const { t, site: changed } = justChanged();
    const { page, view, box, close } = await open(`t=${minute(t)}`, changed);
    expect(await page.locator('path.area').count()).toBe(0);
    const held = heldAt(t);
    const shown = inView(view, box);
    expect(shown.length).toBeGreaterThan(8);
    await expect.poll(async () => (await pixels(page, [shown[0]?.at as Pixel]))[0]?.[0]?.[3]).toBeGreaterThan(0);
    const blocks = await pixels(page, shown.map((s) => s.at), 6);
    let hatched = 0;
    shown.forEach(({ site }, i) => {
      const state = held.get(site.id) as Held;
      const colour = rgb(colours.get(state.controller) as string);
      const block = blocks[i] as number[][];
      const middle = block[Math.floor(block.length / 2)] as number[];
      if (!state.contested) {
        // The holder's colour at 0.42 opacity, all over.
        expect(near(middle, [...colour, 107], 3), `${site.id}: ${middle} for ${state.controller}`).toBe(true);
        expect(block.every((p) => near(p, middle, 3)), site.id).toBe(true);
        return;
      }
      // Stripes of the holder's colour on a light ground.
      hatched++;
      expect(block.some((p) => near(p, [...colour, 217], 12)), `${site.id} stripes`).toBe(true);
      expect(block.some((p) => near(p, [255, 255, 255, 119], 12)), `${site.id} ground`).toBe(true);
    });
    expect(hatched).toBeGreaterThan(0);

    // The outline of the area that just changed hands is dark and solid; its neighbours' are not.
    const edges = await pixels(page, shown.map((s) => s.edge));
    shown.forEach(({ site }, i) => {
      const recent = (held.get(site.id) as Held).since !== null && t - ((held.get(site.id) as Held).since as number) < RECENT_CHANGE_MS;
      expect(near(edges[i]?.[0] as number[], [17, 17, 17, 255], 2), `${site.id} outline`).toBe(recent);
    });
    expect(shown.some(({ site }) => site.id === changed.id)).toBe(true);
    await close();
  });

  it('opens an area\'s popup on a click, with the pointer cursor over it', async () => {
    const { t, site } = justChanged();
    const { page, view, box, close } = await open(`t=${minute(t)}`, site);
    // A quarter of the way in from the middle: away from where incidents at the area are marked.
    const target = inView(view, box).find((s) => s.site.id !== site.id) as { site: Site; at: Pixel; edge: Pixel };
    const at = { x: target.at.x + (target.edge.x - target.at.x) / 2, y: target.at.y };
    await expect.poll(async () => (await pixels(page, [at]))[0]?.[0]?.[3]).toBeGreaterThan(0);
    await page.mouse.move(at.x, at.y);
    // The cursor of what is under the pointer.
    const cursorAt = (p: Pixel) => page.evaluate(({ x, y }) => {
      const under = document.elementFromPoint(x, y);
      return under ? getComputedStyle(under).cursor : '';
    }, p);
    await expect.poll(() => cursorAt(at)).toBe('pointer');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('.leaflet-popup h2').allInnerTexts()).toEqual([target.site.properties.name.en]);
    const holder = (heldAt(t).get(target.site.id) as Held).controller;
    expect(await page.locator('.leaflet-popup').innerText()).toContain(`Actor ${holder}`);
    await close();
  });

  it('draws a range\'s bands on the canvas, over the areas, and the dark theme\'s stronger fills', async () => {
    const range = ['2024-02-14', '2024-02-15'];
    const end = Date.parse(`${range[1]}T23:59:00Z`);
    const start = Date.parse(`${range[0]}T00:00:00Z`);
    const before = heldAt(start - 1);
    const after = heldAt(end);
    const moved = sites.find((s) => (before.get(s.id) as Held).controller !== (after.get(s.id) as Held).controller) as Site;
    const { page, view, box, close } = await open(`t=${range.join('/')}&theme=dark`, moved);
    await page.locator(`.area-was-label-${moved.id}`).waitFor({ state: 'attached' });
    // On the canvas: no SVG path per band.
    expect(await page.locator('path.area-was').count()).toBe(0);
    const shown = inView(view, box).find(({ site }) => site.id === moved.id) as { at: Pixel; edge: Pixel };
    // The band runs along the outline drawn toward the middle by 0.84 (range-marks-layer.ts): on its west side here.
    const onBand = { x: shown.at.x + (shown.edge.x - shown.at.x) * 0.84, y: shown.at.y };
    const was = rgb(colours.get((before.get(moved.id) as Held).controller) as string);
    const now = rgb(colours.get((after.get(moved.id) as Held).controller) as string);
    expect(near(was, now, 12)).toBe(false);
    // Nearly opaque over the area's fill: the colour of who held it as the range began.
    const banded = async () => (await pixels(page, [onBand], 1))[0]?.some((p) => (p[3] as number) > 235 && near(p, was, 12)) ?? false;
    await expect.poll(banded).toBe(true);
    // Its middle keeps the fill of who holds it at the range's end.
    expect(near((await pixels(page, [shown.at]))[0]?.[0] as number[], now, 3)).toBe(true);
    const held = inView(view, box).find(({ site }) => !(after.get(site.id) as Held).contested) as { site: Site; at: Pixel };
    const colour = rgb(colours.get((after.get(held.site.id) as Held).controller) as string);
    // 0.62 in the dark theme, not 0.42.
    await expect.poll(async () => near((await pixels(page, [held.at]))[0]?.[0] as number[], [...colour, 158], 3)).toBe(true);
    await close();
  });

  it('keeps a label on every area', async () => {
    const { t, site } = justChanged();
    const { page, close } = await open(`t=${minute(t)}`, site);
    expect(await page.locator('.area-label').count()).toBe(SIZE.areas);
    expect(await page.locator(`.area-label[data-site="${site.id}"]`).textContent()).toBe(site.properties.name.en);
    await close();
  });
});

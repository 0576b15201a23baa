// Crowded moments draw their incidents on canvas. On seeded synthetic data (a thousand and a
// hundred thousand incidents, all on one day, so that the day shows every one): after a zoom and
// after a pan, the mark under the pointer is drawn there, turns the cursor into a pointer and opens
// on a click, the nearer of two close marks wins, and a click on empty map picks no incident.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generate, seeded, SIZES, type SyntheticSize } from '../../bench/generate';
import { locationPoint } from '../../src/core/geo';
import type { Incident, Position, Site } from '../../src/core/types';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';
import { fromWorld, onScreen, panned, toWorld, zoomedIn, type Pixel, type View } from './web-mercator';

const baseUrl = inject('baseUrl');
const DAY = '2024-01-15';
/** Leaflet's keyboard pan, in pixels. */
const KEY_PAN = 80;
/** Where the pair of close marks sits after the pan: below the map's centre, so that their popup fits above without panning the map. */
const PAIR_BELOW_CENTRE = 150;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'point-canvas-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Crowd {
  name: string;
  incidents: Incident[];
  /** Where each incident is drawn, [lon, lat]. */
  positions: Position[];
}

/**
 * Writes the seeded synthetic dataset with every incident moved into one day; `spread` packs their
 * places into a square of that many degrees (a town's worth of marks rather than a region's).
 */
function writeCrowd(size: SyntheticSize, spread?: number): Crowd {
  const { manifest, files } = generate(size);
  const rand = seeded(7);
  const day = Date.parse(`${DAY}T00:00:00Z`);
  const incidents = (files['incidents.json'] as Incident[]).map((original, k) => {
    const incident: Incident = { ...original, start: new Date(day + (k % 1440) * 60_000).toISOString().replace('.000Z', 'Z') };
    delete incident.end;
    if (spread !== undefined) incident.location = { point: [40 + rand() * spread, 37 + rand() * spread] };
    return incident;
  });
  files['incidents.json'] = incidents;
  const folder = join(dir, manifest.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'dataset.json'), JSON.stringify(manifest));
  for (const [file, json] of Object.entries(files)) writeFileSync(join(folder, file), JSON.stringify(json));
  const sites = new Map((files['sites.geojson'] as { features: Site[] }).features.map((s) => [s.id, s]));
  const positions = incidents.map((i) => locationPoint(i.location, sites) as Position);
  return { name: manifest.id, incidents, positions };
}

/** Indexes of the points within `r` of a point, by a grid of buckets (the test's own search, apart from the app's). */
function nearby(points: readonly Pixel[], cell: number): (p: Pixel, r: number) => number[] {
  const buckets = new Map<string, number[]>();
  const key = (cx: number, cy: number) => `${cx},${cy}`;
  points.forEach((p, i) => {
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const bucket = buckets.get(k);
    if (bucket) bucket.push(i);
    else buckets.set(k, [i]);
  });
  return (p, r) => {
    const out: number[] = [];
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const i of buckets.get(key(cx + dx, cy + dy)) ?? []) {
          const q = points[i] as Pixel;
          if (Math.hypot(q.x - p.x, q.y - p.y) <= r) out.push(i);
        }
      }
    }
    return out;
  };
}

/** Two marks 7–10 px apart at this zoom, with no other mark within 30 px of either. */
function closePair(crowd: Crowd, zoom: number): [number, number] {
  const world = crowd.positions.map((p) => toWorld(p, zoom));
  const near = nearby(world, 32);
  for (let i = 0; i < world.length; i++) {
    const around = near(world[i] as Pixel, 30).filter((j) => j !== i);
    const j = around[0];
    if (around.length !== 1 || j === undefined) continue;
    const d = Math.hypot((world[j] as Pixel).x - (world[i] as Pixel).x, (world[j] as Pixel).y - (world[i] as Pixel).y);
    if (d >= 7 && d <= 10 && near(world[j] as Pixel, 30).length === 2) return [i, j];
  }
  throw new Error(`no pair of close marks in ${crowd.name} at zoom ${zoom}`);
}

type Box = { x: number; y: number; width: number; height: number };

/** In a view: a mark with no other within 24 px, and a spot with no mark within 40 px, both away from the map's edges and controls. */
function spots(crowd: Crowd, view: View, box: Box, not: readonly number[]): { mark: number; at: Pixel; empty: Pixel } {
  const margin = 80;
  const inside = (p: Pixel, m: number) => p.x >= box.x + m && p.x <= box.x + box.width - m && p.y >= box.y + m && p.y <= box.y + box.height - m;
  const shown: { i: number; p: Pixel }[] = [];
  crowd.positions.forEach((position, i) => {
    const p = onScreen(position, view, box);
    if (inside(p, -40)) shown.push({ i, p });
  });
  const clear = (p: Pixel, r: number, except = -1) => shown.every(({ i, p: q }) => i === except || Math.hypot(q.x - p.x, q.y - p.y) > r);
  const lone = shown.find(({ i, p }) => !not.includes(i) && inside(p, margin) && clear(p, 24, i));
  let empty: Pixel | undefined;
  for (let y = box.y + margin; !empty && y <= box.y + box.height - margin; y += 20) {
    for (let x = box.x + margin; !empty && x <= box.x + box.width - margin; x += 20) if (clear({ x, y }, 40)) empty = { x, y };
  }
  if (!lone || !empty) throw new Error(`no lone mark or empty spot in view in ${crowd.name}`);
  return { mark: lone.i, at: lone.p, empty };
}

const param = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
const cursor = (page: Page) => page.locator('.leaflet-container').evaluate((el) => getComputedStyle(el).cursor);
const popupTitles = (page: Page) => page.locator('.leaflet-popup h2').allInnerTexts();

/** How opaque the map's marks' canvas is at a point on the page (0: nothing drawn there). */
function drawnAt(page: Page, p: Pixel): Promise<number> {
  return page.locator('canvas.point-canvas').evaluate((canvas: HTMLCanvasElement, at) => {
    const r = canvas.getBoundingClientRect();
    const k = canvas.width / r.width;
    return canvas.getContext('2d')?.getImageData(Math.round((at.x - r.left) * k), Math.round((at.y - r.top) * k), 1, 1).data[3] ?? -1;
  }, p);
}

/** A whole pixel (mouse events carry whole pixels) within reach of both marks, clearly nearer `near`. */
function nearerTo(near: Pixel, far: Pixel): Pixel {
  const aim = { x: near.x + 0.3 * (far.x - near.x), y: near.y + 0.3 * (far.y - near.y) };
  let best: { at: Pixel; margin: number } | null = null;
  for (let dx = -2; dx <= 2; dx++) {
    for (let dy = -2; dy <= 2; dy++) {
      const at = { x: Math.round(aim.x) + dx, y: Math.round(aim.y) + dy };
      const toNear = Math.hypot(at.x - near.x, at.y - near.y);
      const toFar = Math.hypot(at.x - far.x, at.y - far.y);
      // The app's reach is 8 px: the farther mark stays well within it.
      if (toFar <= 7 && toFar - toNear > (best?.margin ?? 1)) best = { at, margin: toFar - toNear };
    }
  }
  if (!best) throw new Error(`no pixel clearly nearer ${JSON.stringify(near)} than ${JSON.stringify(far)} within reach of both`);
  return best.at;
}

/** The lone mark is drawn and hovering it shows the pointer cursor; the empty spot neither. */
async function expectHover(page: Page, spot: { at: Pixel; empty: Pixel }): Promise<void> {
  await expect.poll(() => drawnAt(page, spot.at)).toBeGreaterThan(0);
  expect(await drawnAt(page, spot.empty)).toBe(0);
  // A little off the mark's centre: the pointer need not be exactly on it.
  await page.mouse.move(spot.at.x + 3, spot.at.y - 2);
  await expect.poll(() => cursor(page)).toBe('pointer');
  await page.mouse.move(spot.empty.x, spot.empty.y);
  await expect.poll(() => cursor(page)).not.toBe('pointer');
}

/** A click at `at` opens the incident's popup and puts it in the link; closing the popup lets go of it. */
async function expectPick(page: Page, at: Pixel, incident: Incident): Promise<void> {
  const view = await param(page, 'map');
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => popupTitles(page)).toEqual([incident.title]);
  await expect.poll(() => param(page, 'event')).toBe(incident.id);
  // The popup fitted without moving the map, so the positions worked out here still hold.
  expect(await param(page, 'map')).toBe(view);
  await page.getByRole('button', { name: 'Close popup' }).click();
  await expect.poll(() => param(page, 'event')).toBeNull();
}

/** Zooms in, pans, and checks hover and click in each view, the pair of close marks included. */
async function checkPicks(crowd: Crowd, zoom: number): Promise<void> {
  const [a, b] = closePair(crowd, zoom + 1);
  const pairAt = toWorld(crowd.positions[a] as Position, zoom + 1);
  // The view before the pan puts the first of the pair below the centre once panned; the link
  // gives the first view (zoomed out by one level), rounded as links are.
  const [lon, lat] = fromWorld({ x: (pairAt.x - KEY_PAN) / 2, y: (pairAt.y - PAIR_BELOW_CENTRE) / 2 }, zoom);
  const link = `${zoom}/${lat.toFixed(5)}/${lon.toFixed(5)}`;
  const first: View = { zoom, centre: toWorld([Number(lon.toFixed(5)), Number(lat.toFixed(5))], zoom) };
  const zoomed = zoomedIn(first, 1);
  const moved = panned(zoomed, KEY_PAN, 0);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveFixture(context, crowd.name, { dir: join(dir, crowd.name) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${baseUrl}?data=fixtures/${crowd.name}/dataset.json&t=${DAY}&map=${link}`);
  await page.locator('canvas.point-canvas').waitFor({ state: 'attached', timeout: 45_000 });
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map on the page');
  expect(box.height).toBeGreaterThan(2 * (PAIR_BELOW_CENTRE + 80));

  await expectHover(page, spots(crowd, first, box, [a, b]));

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => param(page, 'map')).toMatch(new RegExp(`^${zoom + 1}/`));
  await expectHover(page, spots(crowd, zoomed, box, [a, b]));
  const [pa, pb] = [a, b].map((i) => onScreen(crowd.positions[i] as Position, zoomed, box)) as [Pixel, Pixel];
  await expectPick(page, nearerTo(pa, pb), crowd.incidents[a] as Incident);

  const before = await param(page, 'map');
  await page.locator('.leaflet-container').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => param(page, 'map')).not.toBe(before);
  const spot = spots(crowd, moved, box, [a, b]);
  await expectHover(page, spot);
  const [qa, qb] = [a, b].map((i) => onScreen(crowd.positions[i] as Position, moved, box)) as [Pixel, Pixel];
  await expect.poll(() => drawnAt(page, qb)).toBeGreaterThan(0);
  // Nearer the second this time.
  await expectPick(page, nearerTo(qb, qa), crowd.incidents[b] as Incident);

  // A click on empty map selects no incident (the area beneath may show its own popup).
  await page.mouse.click(spot.empty.x, spot.empty.y);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await param(page, 'event')).toBeNull();
  expect((await popupTitles(page)).filter((t) => t.startsWith('Synthetic'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}

/** Reaches the marks by keyboard: Tab from the map into their listbox, arrows from mark to mark, Enter opens one. */
async function checkKeys(crowd: Crowd, zoom: number): Promise<void> {
  const [lon, lat] = crowd.positions[0] as Position;
  const view: View = { zoom, centre: toWorld([Number(lon.toFixed(5)), Number(lat.toFixed(5))], zoom) };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await serveFixture(context, crowd.name, { dir: join(dir, crowd.name) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}?data=fixtures/${crowd.name}/dataset.json&t=${DAY}&map=${zoom}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  await page.locator('canvas.point-canvas').waitFor({ state: 'attached', timeout: 45_000 });
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map on the page');
  const marks = page.getByRole('listbox', { name: /incidents on the map/ });
  expect(await marks.getAttribute('aria-label')).toMatch(/^1,000 incidents on the map/);
  // Tab from the map itself, past its controls, into the marks.
  await page.locator('.leaflet-container').focus();
  for (let i = 0; i < 10 && !await marks.evaluate((el) => el === document.activeElement); i++) await page.keyboard.press('Tab');
  expect(await marks.evaluate((el) => el === document.activeElement)).toBe(true);

  /** The incident the listbox says the keyboard is on, and where its mark is on the page. */
  const reached = async () => {
    const option = page.locator(`#${await marks.getAttribute('aria-activedescendant')}`);
    expect(await option.getAttribute('role')).toBe('option');
    const [, title] = /^[^:]+: (.+)$/.exec(await option.innerText()) ?? [];
    const k = crowd.incidents.findIndex((i) => i.title === title);
    expect(k, `the announced incident "${title}"`).toBeGreaterThanOrEqual(0);
    const at = onScreen(crowd.positions[k] as Position, view, box);
    expect(at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height).toBe(true);
    // The mark reached is ringed: the canvas has paint around it where a lone mark has none.
    expect(await drawnAt(page, { x: at.x, y: at.y - 10 })).toBeGreaterThan(0);
    return { incident: crowd.incidents[k] as Incident, at };
  };
  let here = await reached();
  const seen = new Set([here.incident.id]);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await reached()).incident.id).not.toBe(here.incident.id);
    const next = await reached();
    expect(next.at.x).toBeGreaterThanOrEqual(here.at.x);
    seen.add(next.incident.id);
    here = next;
  }
  expect(seen.size).toBe(5);
  await page.keyboard.press('Enter');
  await expect.poll(() => popupTitles(page)).toEqual([here.incident.title]);
  await expect.poll(() => param(page, 'event')).toBe(here.incident.id);
  // The page's first popup, opened before its code had loaded, is refitted to its body once that code is
  // here (it stayed 51 px wide, a word a line, when the popup asked itself for the popup bound to it).
  await expect.poll(() => page.locator('.leaflet-popup-content').evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(250);
  expect(errors).toEqual([]);
  await context.close();
}

describe('incident marks on the canvas of a crowded moment', () => {
  it('are reached by keyboard from mark to mark, ringed and read out, and open with Enter', async () => {
    await checkKeys(writeCrowd(SIZES[0] as SyntheticSize, 0.5), 12);
  }, 60_000);

  it('are found under the pointer after a zoom and a pan, among a thousand', async () => {
    await checkPicks(writeCrowd(SIZES[0] as SyntheticSize, 0.5), 12);
  }, 60_000);

  it('are found under the pointer after a zoom and a pan, among a hundred thousand', async () => {
    await checkPicks(writeCrowd(SIZES[2] as SyntheticSize), 13);
  }, 90_000);
});

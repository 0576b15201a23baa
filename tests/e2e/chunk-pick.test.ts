// The chunks a link shows are picked by the loader's worker from the link the boot script sent it,
// without waiting for the app's code: the app's bundle is held back until the worker has asked for
// them, and any other chunk it asked for would be held back too (the first map would never come).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { chunksForLink } from '../../src/core/link-chunks';
import type { Manifest } from '../../src/core/types';
import { launchChromium } from './chromium';
import { serveFixture } from './fixture-route';

const baseUrl = inject('baseUrl');
const manifest = JSON.parse(readFileSync('tests/fixtures/chunked/dataset.json', 'utf8')) as Manifest;
const fileOf = (chunk: number) => manifest.incident_chunks?.[chunk]?.file;
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

// Each form of link, with the chunk files its view needs (a moment's fading window reaches back a day).
const LINKS = [
  { form: 'a moment', search: 't=2016-04-22T12:00', files: ['incidents-2016-04-21.json', 'incidents-2016-04-22.json'] },
  { form: 'a whole day', search: 't=2016-04-23', files: ['incidents-2016-04-22.json', 'incidents-2016-04-23.json'] },
  { form: 'a range', search: 't=2016-04-23T06:00/2016-04-24T12:00', files: ['incidents-2016-04-22.json', 'incidents-2016-04-23.json', 'incidents-2016-04-24.json'] },
  { form: 'an incident at a moment', search: 'event=checkpoint-clash&t=2016-04-24T21:30', files: ['incidents-2016-04-23.json', 'incidents-2016-04-24.json'] },
  // The incident's time is not known before its chunk is: the link opens at the start, as without t.
  { form: 'an incident alone', search: 'event=river-crossing-clash', files: ['incidents-2016-04-20.json'] },
  { form: 'no t', search: 'layers=clash', files: ['incidents-2016-04-20.json'] },
];

describe('the first chunks of a dataset split by time', () => {
  it.each(LINKS)('are those $form needs, picked in the worker before the app\'s code runs', async ({ search, files }) => {
    // As the page picked them when it answered the worker.
    expect(chunksForLink(manifest, `?data=fixtures/chunked/dataset.json&${search}`).map(fileOf)).toEqual(files);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await serveFixture(context, 'chunked');
    const asked = new Set<string>();
    const held: Route[] = [];
    // Registered after serveFixture, so asked first: a chunk the link needs is served, any other held.
    await context.route(/\/fixtures\/chunked\/incidents-[^/]+\.json$/, async (route) => {
      const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      asked.add(file);
      if (files.includes(file)) await route.fallback();
      else held.push(route);
    });
    let releaseApp = () => {};
    const appHeld = new Promise<void>((resolve) => { releaseApp = resolve; });
    await context.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await appHeld;
      await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}?data=fixtures/chunked/dataset.json&${search}`, { waitUntil: 'commit' });
    await expect.poll(() => files.every((f) => asked.has(f)), { timeout: 15_000 }).toBe(true);
    releaseApp();
    // Drawn with no other chunk served: the worker asked for none other before it (the chunks fetched ahead come after).
    await page.waitForSelector('.leaflet-overlay-pane path.area', { state: 'attached', timeout: 15_000 });
    expect(errors).toEqual([]);
    await Promise.all(held.map((route) => route.abort()));
    await context.close();
  });
});

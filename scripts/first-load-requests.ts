// The first load counted honestly: every script and stylesheet the page fetches until its first map
// is drawn (chunks loaded on demand and the loader's worker included), read from the browser's own
// resource timing while the built app opens in Chromium, and weighed gzipped from dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Worker } from 'playwright-core';
import { firstDrawn } from '../bench/first-draw';
import { launchChromium } from '../tests/e2e/chromium';
import { serveStatic } from '../tests/e2e/static-server';

export interface FetchedFile {
  file: string;
  gzipBytes: number;
}

/** Scripts and stylesheets a page or worker began to fetch before `before` (its own clock, ms), or all of them. */
function fetchedBefore(before: number | null): string[] {
  return performance.getEntriesByType('resource')
    .filter((e) => before === null || e.startTime <= before)
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /\.(?:js|css)$/.test(path));
}

/** What the page at `query` fetched (JS and CSS) before its first map was drawn, in request order. */
export async function firstMapFiles({ dist = 'dist', query = '', viewport = { width: 1280, height: 800 } } = {}): Promise<FetchedFile[]> {
  const { url, server } = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport });
    const workers: Worker[] = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto(`${url}/index.html${query}`);
    const drawn = await firstDrawn(page, 30_000);
    const paths = await page.evaluate(fetchedBefore, drawn);
    // A worker started before the map was drawn: its own script, and everything it imported (all of
    // it arrived before its result, which the map waited for).
    for (const worker of workers) {
      paths.push(new URL(worker.url()).pathname, ...await worker.evaluate(fetchedBefore, null).catch(() => []));
    }
    return [...new Set(paths)].map((path) => ({ file: `.${path}`, gzipBytes: gzipSync(readFileSync(join(dist, path))).length }));
  } finally {
    await browser.close();
    server.close();
  }
}

// Serves a dataset from tests/fixtures/<name>/ (or another folder, such as a generated one) at
// <app>/fixtures/<name>/, so a page opens it with ?data=fixtures/<name>/dataset.json like any dataset
// beside the app (the built app does not ship it).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = { json: 'application/json', geojson: 'application/geo+json', csv: 'text/csv' };

export async function serveFixture(context: BrowserContext, name: string, options: { dir?: string } = {}): Promise<void> {
  const dir = options.dir ?? `tests/fixtures/${name}`;
  await context.route(new RegExp(`/fixtures/${name}/[^/?#]+(?:\\?.*)?$`), async (route) => {
    const file = basename(new URL(route.request().url()).pathname);
    try {
      const body = await readFile(`${dir}/${file}`);
      await route.fulfill({ contentType: TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream', body });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

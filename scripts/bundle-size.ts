// What index.html loads first (JS and CSS), gzipped: the figure the budget is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstLoadSizes(dist = 'dist'): { file: string; gzipBytes: number }[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  if (refs.length === 0) throw new Error('index.html references no JS or CSS; is dist/ built?');
  return refs.map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(dist, file.replace(/^\.?\//, '')))).length }));
}

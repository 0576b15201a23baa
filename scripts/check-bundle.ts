// Fails when the JavaScript and CSS that index.html loads first exceed the budget (gzipped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 80;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
if (refs.length === 0) throw new Error('check-bundle: index.html references no JS or CSS; is dist/ built?');

let total = 0;
for (const ref of refs) {
  const bytes = gzipSync(readFileSync(join(dist, ref.replace(/^\.?\//, '')))).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${ref}`);
}
const kb = total / 1024;
console.log(`${kb.toFixed(1).padStart(7)} KB  first load, gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`check-bundle: first load is ${kb.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}

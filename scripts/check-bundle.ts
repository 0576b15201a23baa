// Fails when the first load exceeds its budget: every script and stylesheet the built page fetches
// until its first map is drawn (chunks loaded on demand and any worker included), in the full app and
// in the embedded layout at phone width, gzipped. Also holds embed.js (the article's script) to 1 KB.
import { readFileSync } from 'node:fs';
import { EMBED_SCRIPT_BUDGET_BYTES, gzipBytes } from './embed-script';
import { firstMapFiles } from './first-load-requests';

const BUDGET_KB = 80;
const LAYOUTS = [
  { name: 'full app, 1280 × 800', query: '', viewport: { width: 1280, height: 800 } },
  { name: 'embedded, 360 × 560', query: '?embed=1', viewport: { width: 360, height: 560 } },
];

let failed = false;
for (const layout of LAYOUTS) {
  const files = await firstMapFiles({ query: layout.query, viewport: layout.viewport });
  let total = 0;
  console.log(`Fetched before the first map is drawn (${layout.name}):`);
  for (const { file, gzipBytes: bytes } of files) {
    total += bytes;
    console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  }
  const kb = total / 1024;
  console.log(`${kb.toFixed(1).padStart(7)} KB  first load, gzipped (budget ${BUDGET_KB} KB; ${total} of ${BUDGET_KB * 1024} bytes)`);
  if (kb > BUDGET_KB) {
    console.error(`check-bundle: the first load (${layout.name}) is ${kb.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget`);
    failed = true;
  }
}

// The article's script, beside the app: its own budget.
const embedBytes = gzipBytes(readFileSync('dist/embed.js'));
console.log(`${(embedBytes / 1024).toFixed(2).padStart(7)} KB  embed.js, gzipped (budget ${EMBED_SCRIPT_BUDGET_BYTES / 1024} KB)`);
if (embedBytes > EMBED_SCRIPT_BUDGET_BYTES) {
  console.error(`check-bundle: embed.js is ${embedBytes} bytes gzipped, over its ${EMBED_SCRIPT_BUDGET_BYTES}-byte budget`);
  failed = true;
}
if (failed) process.exit(1);

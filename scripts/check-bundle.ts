// Fails when the JavaScript and CSS that index.html loads first exceed the budget (gzipped), or
// when embed.js (the article's script) exceeds its own 1 KB.
import { firstLoadSizes } from './bundle-size';
import { readFileSync } from 'node:fs';
import { EMBED_SCRIPT_BUDGET_BYTES, gzipBytes } from './embed-script';

const BUDGET_KB = 80;
let total = 0;
for (const { file, gzipBytes } of firstLoadSizes()) {
  total += gzipBytes;
  console.log(`${(gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const kb = total / 1024;
console.log(`${kb.toFixed(1).padStart(7)} KB  first load, gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`check-bundle: first load is ${kb.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}

// The article's script, beside the app: its own budget.
const embedBytes = gzipBytes(readFileSync('dist/embed.js'));
console.log(`${(embedBytes / 1024).toFixed(2).padStart(7)} KB  embed.js, gzipped (budget ${EMBED_SCRIPT_BUDGET_BYTES / 1024} KB)`);
if (embedBytes > EMBED_SCRIPT_BUDGET_BYTES) {
  console.error(`check-bundle: embed.js is ${embedBytes} bytes gzipped, over its ${EMBED_SCRIPT_BUDGET_BYTES}-byte budget`);
  process.exit(1);
}

// Fails when the JavaScript and CSS that index.html loads first exceed the budget (gzipped).
import { firstLoadSizes } from './bundle-size';

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

// `npm run bench` (every size) or `npm run bench -- --quick` (the smallest, as CI runs it):
// prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { benchCore, type CoreResult } from './core';
import { SIZES } from './generate';
import { formatSummary } from './stats';

const quick = process.argv.includes('--quick');
const sizes = quick ? SIZES.slice(0, 1) : SIZES;

const core: CoreResult[] = [];
for (const size of sizes) {
  process.stderr.write(`core: ${size.name}…\n`);
  core.push(await benchCore(size));
}

console.log('\nCore in Node (mean ± std)');
for (const r of core) {
  console.log(`\n${r.size}`);
  console.log(`  load + validate     ${formatSummary(r.loadValidate)}`);
  console.log(`  build indexes       ${formatSummary(r.index)}`);
  console.log(`  control state at t  ${formatSummary(r.controlAtT)}  (every area)`);
  console.log(`  incidents at t      ${formatSummary(r.incidentsAtT)}`);
  console.log(`  snapshot at t       ${formatSummary(r.snapshot)}  (${(r.snapshotBytes / 1024).toFixed(0)} KB)`);
}

const results = { date: new Date().toISOString(), quick, node: process.version, core };
writeFileSync(quick ? 'bench/results-quick.json' : 'bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${quick ? 'bench/results-quick.json' : 'bench/results.json'}`);

// `npm run bench` (every size), `npm run bench -- --quick` (the smallest, as CI runs it) or
// `npm run bench -- --size 2` (one size): prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { serveStatic } from '../tests/e2e/static-server';
import { firstMapFiles } from '../scripts/first-load-requests';
import { benchBrowser, type BrowserResult } from './browser';
import { benchFirstMap, type FirstMapResult } from './first-map';
import { benchCore, type CoreResult } from './core';
import { benchPictures, type PictureResult } from './pictures';
import { SIZES } from './generate';
import { sizeNamed } from './open-synthetic';
import { formatSummary } from './stats';
import { readArgs } from '../src/cli/args';

const args = readArgs(process.argv.slice(2), {
  usage: 'npm run bench [-- --quick | --size <0|1|2>]',
  summary: 'Benchmarks the core in Node and the built app in Chromium on seeded synthetic datasets; prints a table and writes bench/results.json.',
  flags: {
    quick: { help: 'the smallest size only (as CI runs it)' },
    size: { value: '0|1|2', help: `one size only: ${SIZES.map((s, i) => `${i} ${s.name}`).join('; ')} (writes bench/results-size-<n>.json)` },
  },
});
if (args.exitCode !== undefined) process.exit(args.exitCode);
const quick = args.values.quick === true;
const oneSize = args.values.size === undefined ? null : sizeNamed(args.values.size);
if (args.values.size !== undefined && !oneSize) {
  console.error(`--size ${JSON.stringify(args.values.size)}: expected 0, 1 or 2`);
  process.exit(2);
}
const sizes = oneSize ? [oneSize] : quick ? SIZES.slice(0, 1) : SIZES;

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

// Pictures: the largest size asked for (its targets are set at 100k); a short animation in a quick run.
const pictureSize = sizes[sizes.length - 1] as (typeof sizes)[number];
process.stderr.write(`pictures: ${pictureSize.name}…\n`);
const pictures: PictureResult = await benchPictures(pictureSize, { runs: quick ? 3 : 5, frames: quick ? 24 : 96 });
const animationSeconds = pictures.animationMs / 1000;
console.log(`\nPictures in Node, 1200 × 630 (mean ± std): ${pictures.size}`);
console.log(`  a moment: SVG       ${formatSummary(pictures.momentSvg)}  (${(pictures.svgBytes / 1024).toFixed(0)} KB)`);
console.log(`  a moment: PNG       ${formatSummary(pictures.momentPng)}  (rasterising the SVG)`);
console.log(`  a range: SVG + PNG  ${formatSummary(pictures.rangePicture)}  (two days; target ≤ 1 s per image at 100k)`);
console.log(`  animation           ${pictures.animationFrames} hourly frames in ${animationSeconds.toFixed(1)} s, GIF ${(pictures.animationBytes / 1048576).toFixed(1)} MB (target ≤ 60 s for 96 frames at 100k)`);
console.log(`  peak memory         ${pictures.peakRssMB.toFixed(0)} MB (the whole benchmark process so far, the generated dataset included)`);

// The browser: the built app (run `npm run build` first) and the baseline page on a second server.
const { url, server } = await serveDist();
const { readFileSync } = await import('node:fs');
const baseline = await serveStatic('bench/baseline', {
  '/leaflet.js': readFileSync('node_modules/leaflet/dist/leaflet.js', 'utf8'),
  '/leaflet.css': readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8'),
});
const browser = await launchChromium();
const browserResults: BrowserResult[] = [];
let firstMap: FirstMapResult;
try {
  process.stderr.write('browser: the built-in dataset\'s first map…\n');
  firstMap = await benchFirstMap(browser, url, quick ? 3 : 7);
  for (const size of sizes) {
    process.stderr.write(`browser: ${size.name}…\n`);
    browserResults.push(await benchBrowser(browser, size, url, baseline.url, quick ? 50 : 200));
  }
} finally {
  await browser.close();
  await server.close();
  baseline.server.close();
}

const spread = (x: { p50: number; min: number; max: number }) => `median ${x.p50.toFixed(0)} ms (${x.min.toFixed(0)}–${x.max.toFixed(0)})`;
console.log(`\nBrowser: the built-in dataset's first map, from navigation (${firstMap.desktop.runs} loads each)`);
console.log(`  desktop, 1280 × 800         ${spread(firstMap.desktop)}; target ≤ 400 ms: ${firstMap.desktop.p50 <= 400 ? 'met' : 'not met'}`);
console.log(`  embedded, 360 px, CPU 4×    ${spread(firstMap.phone)}; target ≤ 1,000 ms: ${firstMap.phone.p50 <= 1000 ? 'met' : 'not met'}`);

console.log('\nBrowser: headless Chromium, the built app, data loaded through ?data=');
for (const r of browserResults) {
  const ratio = r.baselineStep.p95 / Math.max(r.step.p95, 0.001);
  const line = (label: string, x: { p50: number; p95: number; max: number }, note: string) =>
    console.log(`  ${label.padEnd(19)} p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, max ${x.max.toFixed(1)} ms (${note})`);
  const toStep = (x: { p95: number }, step: { p95: number }) => `${(x.p95 / Math.max(step.p95, 0.001)).toFixed(2)}× the time step's p95`;
  const embeddedRatio = r.baselineStep.p95 / Math.max(r.embeddedStep.p95, 0.001);
  console.log(`\n${r.size}`);
  console.log(`  first drawn map     ${r.firstDrawMs.toFixed(0)} ms after navigation`);
  console.log(`  JS heap after load  ${r.heapAfterLoadMB.toFixed(1)} MB`);
  console.log(`  time step           p50 ${r.step.p50.toFixed(1)} ms, p95 ${r.step.p95.toFixed(1)} ms, max ${r.step.max.toFixed(1)} ms (${r.steps} steps of an hour)`);
  console.log(`  baseline step       p50 ${r.baselineStep.p50.toFixed(1)} ms, p95 ${r.baselineStep.p95.toFixed(1)} ms, max ${r.baselineStep.max.toFixed(1)} ms (a new L.geoJSON per step)`);
  console.log(`  embedded step       p50 ${r.embeddedStep.p50.toFixed(1)} ms, p95 ${r.embeddedStep.p95.toFixed(1)} ms, max ${r.embeddedStep.max.toFixed(1)} ms (map and timeline, as in an article)`);
  console.log(`  gain at p95         ${ratio.toFixed(1)}× (whole app, panels included), ${embeddedRatio.toFixed(1)}× (embedded map)`);
  line('range end step', r.rangeEndStep, `t=${r.rangeLink}, its end ${r.rangeSteps} steps of an hour later; What changed open`);
  line('  embedded', r.embeddedRangeEndStep, 'the same range, embedded layout');
  console.log(`  range end at p95    ${toStep(r.rangeEndStep, r.step)} (whole app), ${toStep(r.embeddedRangeEndStep, r.embeddedStep)} (embedded); target p95 ≤ 16 ms at 100k`);
}

const bundle = await firstMapFiles();
const bundleKB = bundle.reduce((s, b) => s + b.gzipBytes, 0) / 1024;
console.log(`\nFirst-load JavaScript and CSS (all the page fetches until its first map is drawn), gzipped: ${bundleKB.toFixed(1)} KB (budget 80 KB)`);

const results = { date: new Date().toISOString(), quick, node: process.version, core, pictures, firstMap, browser: browserResults, firstLoadKB: bundleKB };
const out = oneSize ? `bench/results-size-${args.values.size}.json` : quick ? 'bench/results-quick.json' : 'bench/results.json';
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out}`);

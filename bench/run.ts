// `npm run bench` (every size), `npm run bench -- --quick` (the smallest, as CI runs it) or
// `npm run bench -- --size 2` (one size; `--size chunked`: a million incidents in 52 weekly chunks,
// in the browser only): prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { precompressedFiles } from './precompressed-files';
import { serveStatic } from '../tests/e2e/static-server';
import { firstMapFiles } from '../scripts/first-load-requests';
import { benchBrowser, type BrowserResult } from './browser';
import { benchChunked, type ChunkedResult } from './chunked';
import { CHUNKED_SIZE } from './generate-chunked';
import { browserReport, chunkedReport, formatSpread, soakReport } from './browser-report';
import { benchFirstMap, type FirstMapResult } from './first-map';
import { benchCore, type CoreResult } from './core';
import { benchCsvImport, type CsvImportResult } from './csv-import';
import { csvImportReport } from './csv-import-report';
import { benchPictures, type PictureResult } from './pictures';
import { SIZES } from './generate';
import { issueTargets, SOAK_STEPS } from './issue-targets';
import { formatLoad, machineLoad } from './machine-load';
import { sizeNamed } from './open-synthetic';
import { benchSoak, type SoakResult } from './soak';
import { formatSummary } from './stats';
import { formatTargetTable } from './targets';
import { readArgs } from '../src/cli/args';

const args = readArgs(process.argv.slice(2), {
  usage: 'npm run bench [-- --quick | --size <0|1|2|chunked>] [--repeats <n>]',
  summary: 'Benchmarks the core in Node and the built app in Chromium on seeded synthetic datasets; prints a table and writes bench/results.json.',
  flags: {
    quick: { help: 'the smallest size only, each browser measurement twice and a short soak (as CI runs it); reports, enforces nothing' },
    size: { value: '0|1|2|chunked', help: `one size only: ${SIZES.map((s, i) => `${i} ${s.name}`).join('; ')}; chunked ${CHUNKED_SIZE.name}, written once under bench/cache/, browser only (writes bench/results-size-<n>.json)` },
    repeats: { value: 'n', help: 'runs of each browser measurement (default 5; 2 with --quick)' },
    'csv-only': { help: 'only the CSV import in Chromium (ACLED-shaped files of 10k and 100k rows; 10k with --quick); writes bench/results-csv.json' },
  },
});
if (args.exitCode !== undefined) process.exit(args.exitCode);
const quick = args.values.quick === true;
// The chunked size is measured in a full run and alone (never in a quick one): the app in the browser only.
const chunkedOnly = args.values.size === 'chunked';
const oneSize = args.values.size === undefined || chunkedOnly ? null : sizeNamed(args.values.size);
if (args.values.size !== undefined && !oneSize && !chunkedOnly) {
  console.error(`--size ${JSON.stringify(args.values.size)}: expected 0, 1, 2 or chunked`);
  process.exit(2);
}
const withChunked = chunkedOnly || (!quick && !oneSize);
const repeats = args.values.repeats === undefined ? (quick ? 2 : 5) : Number(args.values.repeats);
if (!Number.isInteger(repeats) || repeats < 1) {
  console.error(`--repeats ${JSON.stringify(args.values.repeats)}: expected a whole number, 1 or more`);
  process.exit(2);
}
const sizes = chunkedOnly ? [] : oneSize ? [oneSize] : quick ? SIZES.slice(0, 1) : SIZES;
const csvRows = quick ? [10_000] : [10_000, 100_000];
const loadBefore = machineLoad();
if (args.values['csv-only'] === true) await csvOnly();
// The soak runs at the smallest and the largest size (issue 15, §2); a quick run's is short, and not judged.
const soakSizes = sizes.filter((s) => s === SIZES[0] || s === SIZES[2]);
const soakSteps = quick ? 1_000 : SOAK_STEPS;
process.stderr.write(`load average ${formatLoad(loadBefore)}\n`);

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
const pictureSize = sizes[sizes.length - 1];
let pictures: PictureResult | null = null;
if (pictureSize) {
  process.stderr.write(`pictures: ${pictureSize.name}…\n`);
  pictures = await benchPictures(pictureSize, { runs: quick ? 3 : 5, frames: quick ? 24 : 96 });
  const animationSeconds = pictures.animationMs / 1000;
  console.log(`\nPictures in Node, 1200 × 630 (mean ± std): ${pictures.size}`);
  console.log(`  a moment: SVG       ${formatSummary(pictures.momentSvg)}  (${(pictures.svgBytes / 1024).toFixed(0)} KB)`);
  console.log(`  a moment: PNG       ${formatSummary(pictures.momentPng)}  (rasterising the SVG)`);
  console.log(`  a range: SVG + PNG  ${formatSummary(pictures.rangePicture)}  (two days; target ≤ 1 s per image at 100k)`);
  console.log(`  animation           ${pictures.animationFrames} hourly frames in ${animationSeconds.toFixed(1)} s, GIF ${(pictures.animationBytes / 1048576).toFixed(1)} MB (target ≤ 60 s for 96 frames at 100k)`);
  console.log(`  peak memory         ${pictures.peakRssMB.toFixed(0)} MB (the whole benchmark process so far, the generated dataset included)`);
}

// The browser: the built app (run `npm run build` first) and the baseline page on a second server.
const { url, server } = await serveDist(0, [precompressedFiles()]);
const { readFileSync } = await import('node:fs');
const baseline = await serveStatic('bench/baseline', {
  '/leaflet.js': readFileSync('node_modules/leaflet/dist/leaflet.js', 'utf8'),
  '/leaflet.css': readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8'),
});
const browser = await launchChromium();
const browserResults: BrowserResult[] = [];
const soak: SoakResult[] = [];
let firstMap: FirstMapResult | null = null;
let chunked: ChunkedResult | null = null;
const csv: CsvImportResult[] = [];
try {
  if (!chunkedOnly) {
    process.stderr.write('browser: the built-in dataset\'s first map…\n');
    firstMap = await benchFirstMap(browser, url, quick ? 3 : 7);
  }
  for (const size of sizes) {
    browserResults.push(await benchBrowser(browser, size, { app: url, baseline: baseline.url }, {
      repeats, steps: quick ? 50 : 200,
      progress: (run) => process.stderr.write(`browser: ${size.name}, run ${run + 1} of ${repeats}…\n`),
    }));
  }
  for (const rows of oneSize || chunkedOnly ? [] : csvRows) {
    process.stderr.write(`browser: an ACLED-shaped CSV of ${rows.toLocaleString('en')} rows…\n`);
    csv.push(...await benchCsvImport(browser, { rows, app: url, repeats: Math.min(repeats, 3), steps: quick ? 50 : 200 }));
  }
  for (const size of soakSizes) {
    process.stderr.write(`soak: ${size.name}, ${soakSteps.toLocaleString('en')} steps…\n`);
    soak.push(await benchSoak(browser, size, url, {
      steps: soakSteps, everySteps: soakSteps / 5,
      progress: (done) => process.stderr.write(`soak: ${done.toLocaleString('en')} steps\n`),
    }));
  }
  if (withChunked) chunked = await benchChunked(browser, url, { repeats, steps: 200, progress: (m) => process.stderr.write(`${m}\n`) });
} finally {
  await browser.close();
  await server.close();
  baseline.server.close();
}

const sampleSpread = (x: { p50: number; min: number; max: number; runs: number }) => formatSpread({ median: x.p50, min: x.min, max: x.max, runs: x.runs }, { digits: 0 });
if (firstMap) {
  console.log(`\nBrowser: the built-in dataset's first map, from navigation (${firstMap.desktop.runs} loads each; median (min–max))`);
  console.log(`  desktop, 1280 × 800         ${sampleSpread(firstMap.desktop)}`);
  console.log(`  embedded, 360 px, CPU 4×    ${sampleSpread(firstMap.phone)}`);
}

console.log('\nBrowser: headless Chromium, the built app, data loaded through ?data=');
for (const r of browserResults) for (const line of browserReport(r)) console.log(line);

if (chunked) for (const line of chunkedReport(chunked)) console.log(line);
if (csv.length > 0) {
  console.log('\nBrowser: ACLED-shaped CSV exports imported (median (min–max) of runs)');
  for (const line of csvImportReport(csv)) console.log(line);
}

console.log(`\nSoak: hourly and day steps by keyboard on the focused slider, forward and back; JS heap after a forced GC`);
for (const s of soak) for (const line of soakReport(s)) console.log(line);

const bundle = await firstMapFiles();
const bundleKB = bundle.reduce((s, b) => s + b.gzipBytes, 0) / 1024;
console.log(`\nFirst-load JavaScript and CSS (all the page fetches until its first map is drawn), gzipped: ${bundleKB.toFixed(1)} KB (budget 80 KB)`);

const loadAfter = machineLoad();
const targets = issueTargets({ core, pictures, firstMap, browser: browserResults, soak, chunked, csv });
console.log(`\nTargets: met only if the median of the runs meets them${quick ? ' (a quick run reports them; it measures one size and enforces nothing)' : ''}`);
for (const line of formatTargetTable(targets)) console.log(`  ${line}`);
console.log(`\nload average before ${formatLoad(loadBefore)}, after ${formatLoad(loadAfter)}`);

const results = {
  date: new Date().toISOString(), quick, repeats, node: process.version, load: { before: loadBefore, after: loadAfter },
  core, pictures, firstMap, browser: browserResults, soak, chunked, csv, firstLoadKB: bundleKB, targets,
};
const out = oneSize || chunkedOnly ? `bench/results-size-${args.values.size}.json` : quick ? 'bench/results-quick.json' : 'bench/results.json';
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out}`);

/** --csv-only: the CSV import alone, its table and its targets; then exits. */
async function csvOnly(): Promise<never> {
  const { url: app, server: preview } = await serveDist(0, [precompressedFiles()]);
  const chromium = await launchChromium();
  const results: CsvImportResult[] = [];
  try {
    for (const rows of csvRows) {
      process.stderr.write(`browser: an ACLED-shaped CSV of ${rows.toLocaleString('en')} rows…\n`);
      results.push(...await benchCsvImport(chromium, { rows, app, repeats, steps: quick ? 50 : 200 }));
    }
  } finally {
    await chromium.close();
    await preview.close();
  }
  console.log('\nBrowser: ACLED-shaped CSV exports imported (median (min–max) of runs)');
  for (const line of csvImportReport(results)) console.log(line);
  const verdicts = issueTargets({ core: [], pictures: null, firstMap: null, browser: [], soak: [], csv: results }).filter((v) => v.target.label.includes('CSV'));
  console.log('\nTargets: met only if the median of the runs meets them');
  for (const line of formatTargetTable(verdicts)) console.log(`  ${line}`);
  const loadAfter = machineLoad();
  console.log(`\nload average before ${formatLoad(loadBefore)}, after ${formatLoad(loadAfter)}`);
  writeFileSync('bench/results-csv.json', `${JSON.stringify({ date: new Date().toISOString(), quick, repeats, load: { before: loadBefore, after: loadAfter }, csv: results, targets: verdicts }, null, 2)}\n`);
  console.log('\nwrote bench/results-csv.json');
  process.exit(0);
}

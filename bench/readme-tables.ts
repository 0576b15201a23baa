// `npx tsx bench/readme-tables.ts [bench/results.json]`: the README's Performance tables, in Markdown,
// from a benchmark's results, so that the figures quoted there are the run's own, not copied by hand.
import { readFileSync } from 'node:fs';
import type { BrowserResult } from './browser';
import { formatSpread } from './browser-report';
import type { ChunkedResult } from './chunked';
import type { CoreResult } from './core';
import { CSV_VIA_LABEL, type CsvImportResult } from './csv-import';
import { CHUNKED_AT } from './issue-targets';
import type { MachineLoad } from './machine-load';
import type { RepeatedSummary } from './repeats';
import type { SoakResult } from './soak';
import type { Summary } from './stats';
import { formatLimit, formatMeasured, formatVerdict, type Verdict } from './targets';

interface Results {
  date: string;
  repeats: number;
  load: { before: MachineLoad; after: MachineLoad };
  core: CoreResult[];
  browser: BrowserResult[];
  soak: SoakResult[];
  chunked?: ChunkedResult | null;
  csv?: CsvImportResult[];
  firstLoadKB?: number;
  targets: Verdict[];
}

const file = process.argv[2] ?? 'bench/results.json';
const r = JSON.parse(readFileSync(file, 'utf8')) as Results;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const load = (l: MachineLoad) => `${l.avg1.toFixed(1)} / ${l.avg5.toFixed(1)} / ${l.avg15.toFixed(1)}`;
const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(0)} µs` : x < 10 ? `${x.toFixed(1)} ms` : x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);
const median = (s: Summary) => ms(s.p50);
const p95max = (s: RepeatedSummary) => `${formatSpread(s.p95, { digits: 0 })} / ${formatSpread(s.max, { digits: 0 })}`;

const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');
console.log(`Run from ${minute(r.load.before.at)} to ${minute(r.load.after.at).slice(11)} UTC; load average (1 / 5 / 15 min, ${r.load.before.cpus} cores) ${load(r.load.before)} before, ${load(r.load.after)} after.\n`);

console.log(row(['Node (median of runs)', ...r.core.map((c) => c.size)]));
console.log(row(['---', ...r.core.map(() => '---')]));
console.log(row(['load + validate', ...r.core.map((c) => median(c.loadValidate))]));
console.log(row(['build indexes', ...r.core.map((c) => median(c.index))]));
console.log(row(['control state at t, every area', ...r.core.map((c) => median(c.controlAtT))]));
console.log(row(['incidents at t', ...r.core.map((c) => median(c.incidentsAtT))]));
console.log(row(['snapshot at t', ...r.core.map((c) => median(c.snapshot))]));

console.log('');
console.log(row([`Chromium: median of ${r.repeats} runs (min–max)`, ...r.browser.map((b) => b.size)]));
console.log(row(['---', ...r.browser.map(() => '---')]));
const lines: [string, (b: BrowserResult) => string][] = [
  ['load average, 1 min, before → after', (b) => `${b.load.before.avg1.toFixed(1)} → ${b.load.after.avg1.toFixed(1)}`],
  ['first drawn map', (b) => formatSpread(b.firstDrawMs, { digits: 0 })],
  ['JS heap after load', (b) => formatSpread(b.heapAfterLoadMB, { unit: 'MB' })],
  ['time step p95 / max, whole app', (b) => p95max(b.step)],
  ['time step p95 / max, embedded', (b) => p95max(b.embeddedStep)],
  ['baseline step p95 / max', (b) => p95max(b.baselineStep)],
  ['gain at p95, whole app (run by run)', (b) => formatSpread(b.gain, { unit: '×' })],
  ['gain at p95, embedded (run by run)', (b) => formatSpread(b.embeddedGain, { unit: '×' })],
  ["range's end p95 / max, whole app", (b) => p95max(b.rangeEndStep)],
  ["range's end p95 / max, embedded", (b) => p95max(b.embeddedRangeEndStep)],
];
for (const [label, cell] of lines) console.log(row([label, ...r.browser.map(cell)]));

console.log('');
console.log(row(['Soak', 'steps', 'heap after GC, start → end', 'growth', 'along the way (MB)']));
console.log(row(['---', '---', '---', '---', '---']));
for (const s of r.soak) {
  console.log(row([s.size, s.steps.toLocaleString('en'), `${s.startMB.toFixed(1)} → ${s.endMB.toFixed(1)} MB`, `${s.growthMB >= 0 ? '+' : ''}${s.growthMB.toFixed(1)} MB`,
    s.samples.map((x) => x.usedMB.toFixed(1)).join(', ')]));
}

if (r.chunked) {
  const c = r.chunked;
  const chunks = (s: { median: number; min: number; max: number }) => `${s.median}${s.min === s.max ? '' : ` (${s.min}–${s.max})`}`;
  console.log('');
  console.log(`${c.size}, opened at \`${c.link}\`, ${c.repeats} runs; load average ${c.load.before.avg1.toFixed(1)} before, ${c.load.after.avg1.toFixed(1)} after.\n`);
  console.log(row(['Chunked: median of runs (min–max)', 'measured']));
  console.log(row(['---', '---']));
  console.log(row(['first drawn map', `${formatSpread(c.firstDrawMs, { digits: 0 })}, ${chunks(c.chunksBeforeFirstMap)} chunk file(s) asked for before it`]));
  console.log(row(['JS heap after load', `${formatSpread(c.heapAfterLoadMB, { unit: 'MB' })}, ${chunks(c.chunksAfterLoad)} chunks held`]));
  console.log(row([`time step p95 / max (${c.steps} hourly steps)`, p95max(c.step)]));
  console.log(row([`JS heap after ${c.daySteps} days forward`, `${formatSpread(c.heapAfterDayStepsMB, { unit: 'MB' })}, ${chunks(c.chunksAfterDaySteps)} chunks held`]));
}

if (r.csv && r.csv.length > 0) {
  console.log('');
  console.log(row(['CSV import (ACLED-shaped), median of runs (min–max)', 'to the drawn map', 'longest task', 'JS heap after', 'time step p95 / max']));
  console.log(row(['---', '---', '---', '---', '---']));
  for (const c of r.csv) {
    console.log(row([`${c.rows.toLocaleString('en')} rows, ${CSV_VIA_LABEL[c.via]} (${c.repeats} runs)`, formatSpread(c.loadMs, { digits: 0 }),
      formatSpread(c.longestFrameMs, { digits: 0 }), formatSpread(c.heapAfterLoadMB, { unit: 'MB', digits: 0 }), p95max(c.step)]));
  }
}

// Targets as a matrix: one row per target, one column per place it is set; each cell the median (min–max) and the verdict.
console.log('');
const places = ['built-in', '1k', '10k', '100k', ...(r.targets.some((v) => v.target.at === CHUNKED_AT) ? [CHUNKED_AT] : [])];
console.log(row(['target', ...places]));
console.log(row(['---', ...places.map(() => '---')]));
// A target's row is its label with its limit: the first drawn map has one limit at 10k and another at 100k.
const rowName = (v: Verdict) => `${v.target.label} ${formatLimit(v.target)}`;
for (const name of new Set(r.targets.map(rowName))) {
  const of = r.targets.filter((v) => rowName(v) === name);
  const cell = (at: string) => {
    const v = of.find((x) => x.target.at === at);
    if (!v) return '';
    return v.met === null ? 'not measured' : `${formatMeasured(v).replace(/, \d+ runs?\)/, ')').replace(/ \(1 run\)/, '')}: **${formatVerdict(v)}**`;
  };
  console.log(row([name, ...places.map(cell)]));
}
if (r.firstLoadKB !== undefined) console.log(`\nFirst load in this run: ${r.firstLoadKB.toFixed(1)} KB gzipped (budget 80 KB).`);

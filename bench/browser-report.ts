// The browser's figures as printed lines: per measurement the median of the runs with the runs'
// min–max, so that a reader sees at once how much a noisy machine moved them.
import type { BrowserResult } from './browser';
import type { ChunkedResult } from './chunked';
import { formatLoad } from './machine-load';
import type { RepeatedSummary, Spread } from './repeats';
import type { SoakResult } from './soak';

const fixed = (x: number, digits: number) => x.toFixed(digits);
/** "13.0 ms (11.2–19.0)": a median with the runs' range; one run shows its value alone. */
export function formatSpread(s: Spread, { unit = 'ms', digits = 1 }: { unit?: string; digits?: number } = {}): string {
  const value = `${fixed(s.median, digits)}${unit === '×' ? '×' : ` ${unit}`}`;
  return s.runs > 1 ? `${value} (${fixed(s.min, digits)}–${fixed(s.max, digits)})` : value;
}

const repeated = (label: string, r: RepeatedSummary, note: string) =>
  `  ${label.padEnd(19)} p95 ${formatSpread(r.p95)}, p50 ${formatSpread(r.p50)}, max ${formatSpread(r.max)} (${note})`;

export function browserReport(r: BrowserResult): string[] {
  return [
    '',
    `${r.size}: ${r.repeats} runs of each, interleaved; medians of the runs (min–max)`,
    `  load average        before ${formatLoad(r.load.before)}, after ${formatLoad(r.load.after)}`,
    `  first drawn map     ${formatSpread(r.firstDrawMs, { digits: 0 })} after navigation`,
    `  JS heap after load  ${formatSpread(r.heapAfterLoadMB, { unit: 'MB' })}`,
    repeated('time step', r.step, `${r.steps} steps of an hour`),
    repeated('embedded step', r.embeddedStep, 'map and timeline, as in an article'),
    repeated('baseline step', r.baselineStep, 'a new L.geoJSON per step'),
    `  gain at p95         ${formatSpread(r.gain, { unit: '×' })} (whole app, panels included), ${formatSpread(r.embeddedGain, { unit: '×' })} (embedded map); run by run`,
    repeated('range end step', r.rangeEndStep, `t=${r.rangeLink}, its end ${r.rangeSteps} steps of an hour later; What changed open`),
    repeated('  embedded', r.embeddedRangeEndStep, 'the same range, embedded layout'),
    `  What changed shown  ${formatSpread(r.panelAfterScrubMs, { digits: 0 })} after the range's scrub, ${formatSpread(r.panelAfterStepMs, { digits: 0 })} after a single move of its end (it follows in idle time)`,
  ];
}

export function soakReport(s: SoakResult): string[] {
  const trail = s.samples.map((x) => `${x.steps}: ${x.usedMB.toFixed(2)}`).join(', ');
  return [
    `  ${s.size}: ${s.steps.toLocaleString('en')} steps in ${s.seconds.toFixed(0)} s (after ${s.warmupSteps} to warm up); heap after GC ${s.startMB.toFixed(2)} → ${s.endMB.toFixed(2)} MB, growth ${s.growthMB >= 0 ? '+' : ''}${s.growthMB.toFixed(2)} MB`,
    `    along the way (steps: MB) ${trail}`,
    `    load average before ${formatLoad(s.load.before)}, after ${formatLoad(s.load.after)}`,
  ];
}

export function chunkedReport(r: ChunkedResult): string[] {
  const count = (s: Spread) => formatSpread(s, { unit: 'chunks', digits: 0 });
  return [
    '',
    `Browser: ${r.size}, opened at ${r.link}: ${r.repeats} runs; medians of the runs (min–max)${r.generateSeconds > 0 ? `; written to disk in ${r.generateSeconds.toFixed(0)} s` : ''}`,
    `  load average        before ${formatLoad(r.load.before)}, after ${formatLoad(r.load.after)}`,
    `  first drawn map     ${formatSpread(r.firstDrawMs, { digits: 0 })} after navigation (${count(r.chunksBeforeFirstMap)} requested before it)`,
    `  JS heap after load  ${formatSpread(r.heapAfterLoadMB, { unit: 'MB' })} (${count(r.chunksAfterLoad)} held once the fetching paused: the moment's and those fetched ahead)`,
    repeated('time step', r.step, `${r.steps} steps of an hour, across a chunk's edge`),
    `  JS heap after ${r.daySteps} days forward ${formatSpread(r.heapAfterDayStepsMB, { unit: 'MB' })} (${count(r.chunksAfterDaySteps)} held)`,
  ];
}

// `npx tsx bench/step-tail.ts [0|1|2] [--embed] [--range] [--hide=<css selector>] [--css=<rule>] [--fn=<names>]`: where the slow steps' time goes:
// each of 100 steps timed as the benchmark times it, and a Chromium trace split by step, so that the
// tail (p95, max) can be read by kind of work. Run `npm run build` first. TRACE_CATEGORIES=a,b,… sets
// the trace's categories (add blink,cc for the compositor's share of a frame).
import { readFileSync, rmSync } from 'node:fs';
import { readArgs, usageError } from '../src/cli/args';
import { KEY_STEP, MEASURE_STEP, RANGE_END_STEP } from './browser';
import { SYNTHETIC_ARGS, openSynthetic, sizeNamed } from './open-synthetic';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { data?: Record<string, unknown> } }

const COMMAND = {
  ...SYNTHETIC_ARGS,
  usage: 'npx tsx bench/step-tail.ts [0|1|2] [--embed] [--range] [--hide=<css selector>] [--css=<rule>] [--fn=<names>]',
  summary: 'Times 100 steps as the benchmark does and splits a trace of them by step and kind of work (run `npm run build` first).',
  flags: {
    ...SYNTHETIC_ARGS.flags,
    hide: { value: 'css selector', help: 'hide these elements first' },
    css: { value: 'rule', help: 'add this style rule first (to try a style without a build)' },
    fn: { value: 'names', help: 'also the per-step time (wall and CPU) of the calls the browser makes to these functions, comma-separated (drawInFrame: the map canvases\' frames)' },
  },
};
const args = readArgs(process.argv.slice(2), COMMAND);
if (args.exitCode !== undefined) process.exit(args.exitCode);
const size = sizeNamed(args.positionals[0]) ?? process.exit(usageError(COMMAND, `size ${JSON.stringify(args.positionals[0])}: expected 0, 1 or 2`).exitCode);
const { browser, page, close } = await openSynthetic(size, { embed: args.values.embed, range: args.values.range });
const TRACE = `/tmp/step-tail-${process.pid}.json`;
try {
  const rules = [args.values.hide ? `${args.values.hide} { display: none !important; }` : '', args.values.css ?? ''].join('\n');
  if (rules.trim()) {
    await page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, rules);
  }
  await browser.startTracing(page, { path: TRACE, categories: (process.env.TRACE_CATEGORIES ?? 'devtools.timeline,blink.user_timing,v8,toplevel').split(',') });
  const doStep = args.values.range ? RANGE_END_STEP : KEY_STEP;
  const samples = await page.evaluate(`(async () => {
    const measure = ${MEASURE_STEP};
    const out = [];
    for (let i = 0; i < 100; i++) {
      performance.mark('step-' + i);
      out.push(await measure(() => { ${doStep} }));
      performance.mark('step-end-' + i);
    }
    return out;
  })()`) as [number, number][];
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(TRACE, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = new Map(events.filter((e) => e.name.startsWith('step-')).map((e) => [e.name, e.ts]));
  const main = events.find((e) => e.name === 'step-0');
  const top = events.filter((e) => e.ph === 'X' && e.dur && e.tid === main?.tid && e.pid === main?.pid);
  const totals = samples.map(([s, f]) => s + f);
  const sorted = [...totals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(`${size.name}${args.values.embed ? ', embedded' : ''}${args.values.range ? ', range end' : ''}: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
  if (args.values.fn) {
    // CPU time (tdur) is less swayed than wall time by other work on a shared machine.
    const names = args.values.fn.split(',');
    const calls = top.filter((e) => e.name === 'FunctionCall' && names.includes(String(e.args?.data?.functionName)));
    const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String((e.args as { name?: string } | undefined)?.name)]));
    // Every task of the page's main thread (script, style, layout, paint, the canvases' rasterising) and of the compositor that shows the frames.
    const tasks = events.filter((e) => e.ph === 'X' && e.dur && e.name === 'ThreadControllerImpl::RunTask');
    const mainTasks = tasks.filter((e) => e.tid === main?.tid && e.pid === main?.pid);
    const vizTasks = tasks.filter((e) => threadNames.get(`${e.pid}:${e.tid}`) === 'VizCompositorThread');
    const cpuIn = (list: TraceEvent[], from: number, to: number) => list.reduce((sum, e) => (e.ts >= from && e.ts <= to ? sum + (e.tdur ?? e.dur!) / 1000 : sum), 0);
    const perStep = samples.map((_, i) => {
      const from = marks.get(`step-${i}`) ?? 0;
      const to = marks.get(`step-end-${i}`) ?? 0;
      return { fnWall: cpuIn(calls.map((e) => ({ ...e, tdur: e.dur })), from, to), fnCpu: cpuIn(calls, from, to), main: cpuIn(mainTasks, from, to), viz: cpuIn(vizTasks, from, to) };
    });
    const quantiles = (values: number[]) => {
      const v = [...values].sort((a, b) => a - b);
      const q = (p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))]!.toFixed(2);
      return `p50 ${q(0.5)}, p95 ${q(0.95)}, max ${v.at(-1)!.toFixed(2)} ms (mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(2)})`;
    };
    console.log(`${names.join('+')} per step: wall ${quantiles(perStep.map((s) => s.fnWall))}; CPU ${quantiles(perStep.map((s) => s.fnCpu))}`);
    console.log(`CPU per step: main thread ${quantiles(perStep.map((s) => s.main))}; compositor ${quantiles(perStep.map((s) => s.viz))}`);
  }
  const KINDS = ['EventDispatch', 'FunctionCall', 'FireAnimationFrame', 'RunMicrotasks', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MajorGC', 'MinorGC', 'ParseHTML', 'v8.compile', 'EvaluateScript'];
  const order = totals.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [t, i] of order.slice(0, Number(process.env.SLOWEST ?? 8))) {
    const from = marks.get(`step-${i}`) ?? 0;
    const to = marks.get(`step-end-${i}`) ?? 0;
    const sums = new Map<string, number>();
    const fns = new Map<string, number>();
    for (const e of top) {
      if (e.ts < from || e.ts > to || !KINDS.includes(e.name)) continue;
      sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur! / 1000);
      const d = e.args?.data;
      if (e.name === 'FunctionCall' && d) fns.set(`${d.functionName}@${String(d.url).split('/').pop()}:${d.lineNumber}`, (fns.get(`${d.functionName}@${String(d.url).split('/').pop()}:${d.lineNumber}`) ?? 0) + e.dur! / 1000);
    }
    const busy = top.filter((e) => e.name === 'RunTask' && e.ts >= from && e.ts <= to).reduce((sum, e) => sum + e.dur! / 1000, 0);
    sums.delete('RunTask');
    const parts = [`busy ${busy.toFixed(1)}`, ...[...sums].filter(([, v]) => v >= 0.3).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`)];
    const calls = [...fns].filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    console.log(`step ${String(i).padStart(2)}: ${t.toFixed(1)} ms (sync ${samples[i]![0].toFixed(1)}, frame ${samples[i]![1].toFixed(1)}) | ${parts.join(', ')}${calls.length ? ` | ${calls.join(', ')}` : ''}`);
  }
} finally {
  await close();
  // KEEP_TRACE=1 keeps it, for DevTools' Performance panel.
  if (!process.env.KEEP_TRACE) rmSync(TRACE, { force: true });
}

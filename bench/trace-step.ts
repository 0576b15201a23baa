// `npx tsx bench/trace-step.ts [0|1|2] [--hide=<css selector>]`: a Chromium timeline trace of 100
// time steps, per step by kind of work (script, style, layout, paint…). Hiding part of the page
// first shows what its painting costs. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { readArgs, usageError } from '../src/cli/args';
import { hundredSteps, SYNTHETIC_ARGS, openSynthetic, sizeNamed } from './open-synthetic';

const COMMAND = {
  ...SYNTHETIC_ARGS,
  usage: 'npx tsx bench/trace-step.ts [0|1|2] [--embed] [--range] [--hide=<css selector>]',
  summary: 'A Chromium timeline trace of 100 time steps, per step by kind of work (run `npm run build` first).',
  flags: { ...SYNTHETIC_ARGS.flags, hide: { value: 'css selector', help: 'hide these elements first, to see what painting them costs' } },
};
const args = readArgs(process.argv.slice(2), COMMAND);
if (args.exitCode !== undefined) process.exit(args.exitCode);
const size = sizeNamed(args.positionals[0]) ?? process.exit(usageError(COMMAND, `size ${JSON.stringify(args.positionals[0])}: expected 0, 1 or 2`).exitCode);
const { browser, page, close } = await openSynthetic(size, { embed: args.values.embed, range: args.values.range });
try {
  const hide = args.values.hide;
  // A constructed style sheet: the page's Content Security Policy refuses an added <style>.
  if (hide) {
    await page.evaluate((rule) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rule);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, `${hide} { display: none !important; }`);
  }
  await browser.startTracing(page, { path: '/tmp/step-trace.json', categories: ['devtools.timeline'] });
  await page.evaluate(hundredSteps({ range: args.values.range }));
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync('/tmp/step-trace.json', 'utf8')) as { traceEvents: { name: string; ph: string; dur?: number }[] };
  const sums = new Map<string, number>();
  for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  console.log(`${size.name}: per step, summed over 100 steps ÷ 100`);
  for (const name of ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']) {
    console.log(`${((sums.get(name) ?? 0) / 100).toFixed(2).padStart(7)} ms  ${name}`);
  }
} finally {
  await close();
}

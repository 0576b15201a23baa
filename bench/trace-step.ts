// `npx tsx bench/trace-step.ts [size index]`: a Chromium timeline trace of 100 time steps, summed by
// event (script, style, layout, paint, raster…), for seeing where a step's time goes. Build first.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { publish } from './browser';
import { SIZES } from './generate';

const size = SIZES[Number(process.argv.slice(2).find((a) => /^\d$/.test(a)) ?? 1)] ?? SIZES[1]!;
const { url, server } = await serveDist();
const data = publish(size);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?data=${data}dataset.json&t=2024-01-31T00:00`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first-draw').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  // --hide=<css selector>: hide part of the page first, to see what its painting costs.
  const hide = process.argv.find((a) => a.startsWith('--hide='))?.slice(7);
  if (hide) await page.addStyleTag({ content: `${hide} { display: none !important; }` });
  await browser.startTracing(page, { path: '/tmp/step-trace.json', categories: ['devtools.timeline'] });
  await page.evaluate(`(async () => { for (let i = 0; i < 100; i++) {
    document.querySelector('[role=slider]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r())); } })()`);
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync('/tmp/step-trace.json', 'utf8')) as { traceEvents: { name: string; ph: string; dur?: number }[] };
  const sums = new Map<string, number>();
  for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  console.log(`${size.name}: per step, summed over 100 steps ÷ 100`);
  for (const name of ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'RasterTask', 'Commit']) {
    console.log(`${((sums.get(name) ?? 0) / 100).toFixed(2).padStart(7)} ms  ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}

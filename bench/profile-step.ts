// `npx tsx bench/profile-step.ts [size index]`: where a time step's main-thread time goes (CPU profile
// of 100 steps in Chromium), for finding what to make faster. Run `npm run build` first.
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { publish } from './browser';
import { SIZES } from './generate';

interface ProfileNode { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }

const size = SIZES[Number(process.argv[2] ?? 1)] ?? SIZES[1]!;
const { url, server } = await serveDist();
const data = publish(size);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?data=${data}dataset.json&t=2024-01-31T00:00`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first-draw').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.evaluate(`(async () => { for (let i = 0; i < 100; i++) {
    document.querySelector('[role=slider]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r())); } })()`);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`${size.name}: 100 steps in ${Date.now() - t0} ms (each waits for a frame)`);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  (profile.samples ?? []).forEach((id, i) => {
    const node = nodes.get(id);
    if (node) self.set(label(node), (self.get(label(node)) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
} finally {
  await browser.close();
  await server.close();
}

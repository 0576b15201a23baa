// Takes screenshots of the built app in Chromium: `npx tsx scripts/screenshot.ts [query] [out] [width] [height]`.
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';

const [query = '', out = 'docs/screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
const { url, server } = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(url + query);
  await page.waitForSelector('.leaflet-overlay-pane path.area', { timeout: 10_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: out, fullPage: Number(width) < 700 });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}

// Takes screenshots of the built app in Chromium: `npx tsx scripts/screenshot.ts [query] [out] [width] [height]`.
import { launchChromium } from '../tests/e2e/chromium';
import { serveDist } from '../tests/e2e/serve';
import { readArgs } from '../src/cli/args';

const args = readArgs(process.argv.slice(2), {
  usage: 'npx tsx scripts/screenshot.ts [query] [out] [width] [height]',
  summary: 'Takes a screenshot of the built app (dist/) in Chromium.',
  flags: {},
  positionals: [
    { name: 'query', help: 'the link\'s query string, e.g. "?t=2016-04-21T12:00" (default: none)' },
    { name: 'out', help: 'the PNG file to write (default: docs/screenshot.png)' },
    { name: 'width', help: 'viewport width in CSS pixels (default: 1280)' },
    { name: 'height', help: 'viewport height in CSS pixels (default: 800)' },
  ],
});
if (args.exitCode !== undefined) process.exit(args.exitCode);
const [query = '', out = 'docs/screenshot.png', width = '1280', height = '800'] = args.positionals;
const { url, server } = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(url + query);
  // The first visible map's areas (in the compare view, one of the two maps may be hidden).
  await page.locator('.leaflet-overlay-pane path.area').locator('visible=true').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: out, fullPage: Number(width) < 700 });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}

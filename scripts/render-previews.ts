// Draws the build's preview pictures into a folder: `tsx scripts/render-previews.ts <manifest> <dir>`.
// Run by the build (vite-plugin-previews) as its own process, so that Vite's config never loads the
// renderer and the rasteriser itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadValidOrReport } from '../src/cli/load';
import { rasterise } from '../src/cli/rasterise';
import { indexDataset } from '../src/core/dataset-index';
import { LANGS } from '../src/core/names';
import { altText } from '../src/core/render/alt-text';
import { previewViews } from '../src/core/render/preview-views';
import { renderViewSvg } from '../src/core/render/render-view';
import { PREVIEW_SIZE, type PreviewEntry } from './preview-list';

const [manifest, dir] = process.argv.slice(2);
if (!manifest || !dir) {
  console.error('usage: tsx scripts/render-previews.ts <manifest> <dir>');
  process.exit(2);
}
const dataset = await loadValidOrReport(manifest);
if (!dataset) process.exit(1);
const index = indexDataset(dataset);
const previews: PreviewEntry[] = [];
for (const p of previewViews(dataset)) {
  // The first view in every language (a page opened in Arabic shares it in Arabic); steps in English.
  for (const lang of p.id === 'start' ? LANGS : (['en'] as const)) {
    const request = { dataset, index, lang, view: p.view, frame: p.frame, selectedId: p.selectedId, ...PREVIEW_SIZE };
    const file = `previews/${p.id}-${lang}.png`;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), rasterise(renderViewSvg(request)).png());
    previews.push({ id: p.id, lang, file, time: p.view.time, rangeStart: p.view.rangeStart ?? null, alt: altText(request) });
  }
}
writeFileSync(join(dir, 'previews/previews.json'), `${JSON.stringify({ size: PREVIEW_SIZE, previews }, null, 2)}\n`);

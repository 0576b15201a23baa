// The build's pictures of the page's first view (in each language) and of each story step (in
// English): 1200 × 630 PNGs in dist/previews/ with their list and alt texts (previews.json), drawn
// by the core's renderer from the dataset (scripts/render-previews.ts, in a process of its own). The
// page's Open Graph and Twitter image is the first view's, and its <noscript> shows it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { PREVIEW_SIZE, type PreviewList } from './preview-list.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function previewImages(manifest: string): Plugin {
  let list: PreviewList | null = null;
  let files: { fileName: string; source: Buffer }[] = [];
  return {
    name: 'preview-images',
    apply: 'build',
    buildStart() {
      const dir = mkdtempSync(join(tmpdir(), 'previews-'));
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/render-previews.ts', manifest, dir], { stdio: ['ignore', 'inherit', 'inherit'] });
        list = JSON.parse(readFileSync(join(dir, 'previews/previews.json'), 'utf8')) as PreviewList;
        files = [...list.previews.map((p) => p.file), 'previews/previews.json'].map((fileName) => ({ fileName, source: readFileSync(join(dir, fileName)) }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    generateBundle() {
      for (const f of files) this.emitFile({ type: 'asset', ...f });
    },
    transformIndexHtml(html) {
      const start = list?.previews.find((p) => p.id === 'start' && p.lang === 'en');
      if (!start) return html;
      const alt = escapeAttr(start.alt);
      return html
        .replace(/(<meta property="og:image" content=")[^"]*(")/, `$1${start.file}$2`)
        .replace(/(<meta property="og:image:alt" content=")[^"]*(")/, `$1${alt}$2`)
        .replace(/(<meta name="twitter:image" content=")[^"]*(")/, `$1${start.file}$2`)
        .replace(/<noscript>[^<]*<\/noscript>/, `<noscript><p>This map needs JavaScript. Its first view:</p><img src="${start.file}" alt="${alt}" width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}" class="noscript-preview"></noscript>`);
    },
  };
}

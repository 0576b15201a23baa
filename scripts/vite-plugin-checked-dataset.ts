// The built-in dataset, validated when the project is built: the build loads data/ with the core's
// loader (scripts/write-checked-dataset.ts, in a process of its own) and, when it has no errors,
// ships the result as one file (dist/data/dataset.checked.json, src/core/checked-dataset.ts) that
// index.html preloads, so the data's download starts before the app's code has run and the page
// needs no validator for it. A dataset with errors gets no file and a warning: the page then loads
// data/ as any dataset and shows its problems to the reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { CHECKED_FILE } from '../src/core/checked-dataset.ts';


export function checkedDataset(manifest: string): Plugin {
  let text: string | null = null;
  const folder = dirname(manifest);
  return {
    name: 'checked-dataset',
    apply: 'build',
    buildStart() {
      const dir = mkdtempSync(join(tmpdir(), 'checked-'));
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/write-checked-dataset.ts', manifest, join(dir, CHECKED_FILE)], { stdio: ['ignore', 'inherit', 'pipe'] });
        text = readFileSync(join(dir, CHECKED_FILE), 'utf8');
      } catch (err) {
        text = null;
        const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? String(err);
        this.warn(`no checked copy of ${manifest} is shipped; the page will validate it on load.\n${stderr}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    generateBundle() {
      if (text !== null) this.emitFile({ type: 'asset', fileName: `${folder}/${CHECKED_FILE}`, source: text });
    },
    transformIndexHtml() {
      if (text === null) return [];
      // crossorigin: a fetch() is a CORS request even on its own origin, and a preload serves only a request like it.
      return [{ tag: 'link', attrs: { rel: 'preload', href: `${folder}/${CHECKED_FILE}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
    },
  };
}

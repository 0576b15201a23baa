/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { datasetFiles } from './scripts/vite-plugin-dataset.ts';
import { trimLeafletCss } from './scripts/vite-plugin-trim-leaflet-css.ts';
import { trimLeafletJs } from './scripts/vite-plugin-trim-leaflet-js.ts';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { previewImages } from './scripts/vite-plugin-previews.ts';
import { embedScript } from './scripts/vite-plugin-embed-script.ts';
import { checkedDataset } from './scripts/vite-plugin-checked-dataset.ts';
import { preloadConfig } from './scripts/vite-plugin-preload-config.ts';
import { bootScript } from './scripts/vite-plugin-boot-script.ts';

export default defineConfig({
  base: './',
  // Leaflet's package names its UMD build, which no bundler can trim; its ES module build is the same
  // code with exports, so the parts of Leaflet the map never uses stay out of the first load.
  // citation-js (the Cite dialog's formats) imports node-fetch for Node; the browser has fetch.
  resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }, { find: /^node-fetch$/, replacement: new URL('./scripts/browser-fetch.ts', import.meta.url).pathname }] },
  plugins: [preact(), trimLeafletCss(), trimLeafletJs(), contentSecurityPolicy(), datasetFiles('data'), datasetFiles('examples', 'examples'), previewImages('data/dataset.json'), checkedDataset('data/dataset.json'), preloadConfig(), embedScript(), bootScript()],
  build: {
    target: 'es2022',
    // Leaflet's CSS names PNGs we never show (layer switcher, default pins): keep them out of the CSS.
    assetsInlineLimit: 0,
    sourcemap: true,
    // The Cite dialog's formatter (citation-js with citeproc, its styles and locales) is one chunk of
    // about 750 kB (170 kB gzipped), loaded only when a Cite dialog opens; the first load is held to
    // its budget by scripts/check-bundle.ts, not by this warning.
    chunkSizeWarningLimit: 800,
  },
  // Any origin may read the app's files: a sandboxed article frame has the origin "null", and its
  // module scripts and data requests are cross-origin requests.
  preview: { host: '127.0.0.1', cors: { origin: '*' } },
  test: {
    projects: [
      {
        // The core, the store, the command-line tools and the benchmark generator run in Node's own
        // environment: no DOM, so that "the core has no DOM" is tested, not assumed.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{core,store,cli,bench,app}/**/*.test.ts'],
          setupFiles: ['tests/property-setup.ts'],
          server: { deps: { inline: ['zustand'] } },
        },
      },
      {
        // Components and the map's DOM helpers run in jsdom.
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/{map,marks}/**/*.test.ts', 'tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/property-setup.ts', 'tests/ui/setup.ts'],
          // zustand's hook imports react; the preset's alias to preact/compat must reach it.
          server: { deps: { inline: ['zustand'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // A poll waits for a condition, so a passing test is no slower for a longer limit; one
          // second (the default) failed on a busy machine while the page was still rendering.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});

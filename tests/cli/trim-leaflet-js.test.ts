// The build's Leaflet trim: every hook it drops is found in the installed Leaflet, the classes it
// lets go are ones the app never names, VML is said to be absent, and the rest of Leaflet is left as it was.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimLeafletJs } from '../../scripts/vite-plugin-trim-leaflet-js';

const LEAFLET = 'node_modules/leaflet/dist/leaflet-src.esm.js';

function transform(code: string, id: string): { code: string; warnings: string[] } | null {
  const warnings: string[] = [];
  const plugin = trimLeafletJs();
  const hook = plugin.transform as (this: { warn(m: string): void }, code: string, id: string) => { code: string } | null;
  const out = hook.call({ warn: (m: string) => warnings.push(m) }, code, id);
  return out ? { code: out.code, warnings } : warnings.length ? { code, warnings } : null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('trimLeafletJs', () => {
  const original = readFileSync(LEAFLET, 'utf8');

  it('finds every hook it drops in the installed Leaflet, and marks class definitions pure', () => {
    const out = transform(original, `/x/${LEAFLET}`);
    expect(out?.warnings).toEqual([]);
    expect(out?.code).not.toMatch(/^Control\.Layers = Layers;$/m);
    expect(out?.code).not.toMatch(/^TileLayer\.WMS = TileLayerWMS;$/m);
    expect(out?.code).toMatch(/^Control\.Zoom = Zoom;$/m);
    expect(out?.code).toContain('var Popup = /* @__PURE__ */ DivOverlay.extend(');
    // Nothing but the hooks, the VML fallback and the annotations changed.
    const restored = out?.code.replaceAll('/* @__PURE__ */ ', '');
    const vmlTest = /\nvar vml = !svg\$1 && \(function \(\) \{[\s\S]*?\n\}\(\)\);/.exec(original)?.[0] ?? '';
    // One line a hook, the VML test's lines but one, and the three that add VML to the SVG renderer.
    expect(original.split('\n').length - (restored ?? '').split('\n').length).toBe(11 + (vmlTest.split('\n').length - 2) + 3);
  });

  it('says VML is never used, so that the bundler leaves its code out', () => {
    const out = transform(original, `/x/${LEAFLET}`)?.code ?? '';
    expect(out).toContain('\nvar vml = false;\n');
    expect(out).toContain('\nvar create = svgCreate;\n');
    expect(out).toContain('\nvar vmlCreate = /* @__PURE__ */ (function () {');
    expect(out).not.toContain('SVG.include(vmlMixin)');
  });

  it('leaves the file whole, and says so, when a hook is missing (another Leaflet)', () => {
    const changed = original.replace('\nControl.Layers = Layers;\n', '\n');
    const out = transform(changed, `/x/${LEAFLET}`);
    expect(out?.warnings.join()).toMatch(/Control\.Layers = Layers/);
    expect(out?.code).toBe(changed);
  });

  it('touches no other file', () => {
    expect(transform('var A = B.extend({});', '/x/src/map/map-view.ts')).toBeNull();
  });

  it('lets go only of parts the app never names', () => {
    const uses = sourceFiles('src').filter((f) =>
      /\b(?:control\.layers|Control\.Layers|tileLayer\.wms|TileLayer\.WMS|geoJSON|GeoJSON\.|videoOverlay|VideoOverlay|svgOverlay|SVGOverlay)\b/
        .test(readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '')));
    expect(uses).toEqual([]);
  });
});

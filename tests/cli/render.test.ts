// `npm run render`: a picture of a view as SVG or PNG, for the built-in dataset or another one;
// the same arguments give the same bytes; bad arguments stop it with exit code 2 and a message naming
// the flag and its value, and nothing is written. Nothing here depends on how the renderer draws.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleText } from '../../src/core/bundle';
import { loadFromPath } from '../../src/cli/load';
import { BadArgument, readLayers, readPicture, readShown, type RenderFlags } from '../../src/cli/render-args';
import { PNG_SIGNATURE, pngSize } from '../helpers/image-headers';

const run = (args: string[]) => promisify(execFile)('npx', ['tsx', 'src/cli/render.ts', ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);
const tmp = () => mkdtempSync(join(tmpdir(), 'render-'));
const ARABIC_LETTERS = /[\u0600-\u06ff]/;
const INVENTED_TOWN = 'examples/datasets/invented-town/dataset.json';

describe('npm run render', () => {
  it('writes an SVG picture, byte-identical from run to run, and prints its alt text', async () => {
    const dir = tmp();
    const [a, b] = await Promise.all([
      run(['--at', '2016-04-21T12:00', '--out', join(dir, 'a.svg')]),
      run(['--at', '2016-04-21T12:00', '--out', join(dir, 'b.svg')]),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const svg = readFileSync(join(dir, 'a.svg'), 'utf8');
    expect(readFileSync(join(dir, 'b.svg'), 'utf8')).toBe(svg);
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*\swidth="1200"[^>]*>/);
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*\sheight="630"[^>]*>/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(a.stdout).toMatch(/21 April 2016/);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toMatch(/wrote .*a\.svg \(1200×630, \d+ KB\) in [\d.]+ s; peak memory [\d.]+ MB/);
  }, 60_000);

  it('writes PNGs at the size asked, at 1× and 2×', async () => {
    const dir = tmp();
    const [one, two, small] = await Promise.all([
      run(['--at', '2016-04-21T12:00', '--out', join(dir, 'one.png')]),
      run(['--at', '2016-04-21T12:00', '--out', join(dir, 'two.png'), '--scale', '2']),
      run(['--at', '2016-04-22', '--width', '600', '--height', '400', '--map', '15/37.05/41.22', '--out', join(dir, 'small.png')]),
    ]);
    for (const r of [one, two, small]) expect(r.code).toBe(0);
    const png = (name: string) => readFileSync(join(dir, name));
    expect([...png('one.png').subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png('one.png'))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(png('two.png'))).toEqual({ width: 2400, height: 1260 });
    expect(pngSize(png('small.png'))).toEqual({ width: 600, height: 400 });
    expect(two.stderr).toMatch(/\(2400×1260 pixels/);
  }, 60_000);

  it('draws a day, a range, and the day in Arabic and in Kurdish, each its own picture', async () => {
    const dir = tmp();
    const out = (name: string) => join(dir, name);
    const [day, range, arabic, kurdish] = await Promise.all([
      run(['--at', '2016-04-21', '--out', out('day.svg')]),
      run(['--at', '2016-04-20T11:00', '--to', '2016-04-22', '--out', out('range.svg')]),
      run(['--at', '2016-04-21', '--lang', 'ar', '--out', out('ar.svg')]),
      run(['--at', '2016-04-21', '--lang', 'ku', '--out', out('ku.svg')]),
    ]);
    for (const r of [day, range, arabic, kurdish]) expect(r.code).toBe(0);
    const svgs = ['day', 'range', 'ar', 'ku'].map((n) => readFileSync(out(`${n}.svg`), 'utf8'));
    expect(new Set(svgs).size).toBe(4);
    expect(svgs[2]).toMatch(ARABIC_LETTERS);
    expect(arabic.stdout).toMatch(ARABIC_LETTERS);
    expect(day.stdout).not.toMatch(ARABIC_LETTERS);
    expect(day.stdout).toMatch(/21 April 2016/);
  }, 60_000);

  it('reads another dataset with --data, from its manifest or from a one-file bundle alike', async () => {
    const dir = tmp();
    const { dataset } = await loadFromPath(INVENTED_TOWN);
    if (!dataset) throw new Error('the example dataset does not load');
    const bundle = join(dir, 'bundle.json');
    writeFileSync(bundle, bundleText(dataset));
    const [fromManifest, fromBundle, builtIn] = await Promise.all([
      run(['--at', '2030-06-01T12:00', '--data', INVENTED_TOWN, '--out', join(dir, 'manifest.svg')]),
      run(['--at', '2030-06-01T12:00', '--data', bundle, '--out', join(dir, 'bundle.svg')]),
      run(['--at', '2016-04-21T12:00', '--out', join(dir, 'builtin.svg')]),
    ]);
    for (const r of [fromManifest, fromBundle, builtIn]) expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'manifest.svg'), 'utf8');
    expect(readFileSync(join(dir, 'bundle.svg'), 'utf8')).toBe(svg);
    expect(svg).not.toBe(readFileSync(join(dir, 'builtin.svg'), 'utf8'));
    expect(fromManifest.stdout).toMatch(/2030/);
    // Its times are checked against its own extent.
    expect(() => readShown({ at: '2016-04-21T12:00', out: 'p.svg' }, readPicture({ at: '2016-04-21T12:00', out: 'p.svg' }), dataset))
      .toThrow(/^--at "2016-04-21T12:00": outside the dataset \(2030-06-01T00:00:00\+01:00 to 2030-06-03T00:00:00\+01:00\)$/);
  }, 60_000);

  it('refuses bad arguments with exit code 2, the message and the usage, writing nothing', async () => {
    const dir = tmp();
    const png = join(dir, 'p.png');
    const gif = join(dir, 'g.gif');
    const [badTime, badStep, unknown] = await Promise.all([
      run(['--at', 'banana', '--out', png]),
      run(['--from', '2016-04-21', '--to', '2016-04-22', '--every', 'hourly', '--out', gif]),
      run(['--at', '2016-04-21', '--outt', png]),
    ]);
    for (const r of [badTime, badStep, unknown]) expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(badTime.stderr).toMatch(/^--at "banana": not a date or time .*\nusage: npm run render/);
    expect(badStep.stderr).toMatch(/^--every "hourly": not a step of time \(30m, 1h, 6h, 1d\)/);
    expect(unknown.stderr).toMatch(/Unknown option '--outt'/);
    for (const f of [png, gif]) expect(existsSync(f)).toBe(false);
  }, 60_000);

  it('names the flag and the value of each bad argument', async () => {
    const { dataset } = await loadFromPath('data/dataset.json');
    if (!dataset) throw new Error('the built-in dataset does not load');
    const cases: [RenderFlags, RegExp][] = [
      [{ at: '2016-04-21', out: 'p.jpg' }, /^--out "p\.jpg": the picture's kind follows the file's extension: \.svg, \.png or \.gif$/],
      [{ at: '2016-04-21' }, /^--out is required/],
      [{ out: 'p.png' }, /^--at is required for a picture/],
      [{ at: 'banana', out: 'p.png' }, /^--at "banana": not a date or time/],
      [{ at: '2016-05-02', out: 'p.png' }, /^--at "2016-05-02": outside the dataset \(2016-04-20T00:00:00\+03:00 to 2016-04-25T00:00:00\+03:00\)$/],
      [{ at: '2016-04-23', to: '2016-04-21T10:00', out: 'p.png' }, /^--to "2016-04-21T10:00" is before --at "2016-04-23"$/],
      [{ at: '2016-04-21', to: 'soon', out: 'p.png' }, /^--to "soon": not a date or time/],
      [{ at: '2016-04-21', width: 'wide', out: 'p.png' }, /^--width "wide": not a whole number from 16 to 4096$/],
      [{ at: '2016-04-21', height: '99999', out: 'p.png' }, /^--height "99999": not a whole number from 16 to 4096$/],
      [{ at: '2016-04-21', scale: '5', out: 'p.png' }, /^--scale "5": use 1, 2, 3 or 4$/],
      [{ at: '2016-04-21', scale: '2', out: 's.svg' }, /^--scale "2": an SVG has no pixels/],
      [{ at: '2016-04-21', scale: '4', width: '4096', height: '4096', out: 'p.png' }, /^--scale "4": 16384 × 16384 pixels is more than 40 million/],
      [{ at: '2016-04-21', lang: 'fr', out: 'p.png' }, /^--lang "fr": not a language of the map \(en, ar, ku\)$/],
      [{ at: '2016-04-21', map: '15/37.05', out: 'p.png' }, /^--map "15\/37.05": not a map view/],
      [{ at: '2016-04-21', map: '30/37.05/41.2', out: 'p.png' }, /^--map "30\/37.05\/41.2": not a map view/],
      [{ at: '2016-04-21', layers: 'control,tanks', out: 'p.png' }, /^--layers "control,tanks": unknown layer tanks/],
      [{ at: '2016-04-21', every: '1h', out: 'p.png' }, /^--every "1h": --every is for animations/],
      [{ at: '2016-04-21', delay: '100', out: 'p.png' }, /^--delay "100": --delay is for animations/],
      [{ from: '2016-04-21', to: '2016-04-22', every: '1h', at: '2016-04-21', out: 'g.gif' }, /^--at "2016-04-21": an animation runs --from --to/],
      [{ from: '2016-04-21', to: '2016-04-22', out: 'g.gif' }, /^--every is required for an animation/],
      [{ from: '2016-04-21', out: 'g.gif' }, /^--to, --every are required for an animation/],
      [{ from: '2016-04-21', to: '2016-04-22', every: 'hourly', out: 'g.gif' }, /^--every "hourly": not a step of time \(30m, 1h, 6h, 1d\)$/],
      [{ from: '2016-04-21', to: '2016-04-22', every: '0h', out: 'g.gif' }, /^--every "0h": not a step of time/],
      [{ from: '2016-04-20', to: '2016-04-24', every: '1m', out: 'g.gif' }, /^--every "1m": 7200 frames from --from to --to; at most 2000/],
      [{ from: '2016-04-21', to: '2016-04-22', every: '1h', delay: '5', out: 'g.gif' }, /^--delay "5": not a whole number from 20 to 60000$/],
      [{ from: '2016-04-22', to: '2016-04-21T06:00', every: '1h', out: 'g.gif' }, /^--to "2016-04-21T06:00" is before --from "2016-04-22"$/],
      [{ from: '2016-03-01', to: '2016-04-21', every: '1h', out: 'g.gif' }, /^--from "2016-03-01": outside the dataset/],
    ];
    for (const [flags, message] of cases) {
      const read = () => readShown(flags, readPicture(flags), dataset);
      expect(read, JSON.stringify(flags)).toThrow(BadArgument);
      expect(read, JSON.stringify(flags)).toThrow(message);
    }
  });

  it('reads the views and frames the flags name', async () => {
    const { dataset } = await loadFromPath('data/dataset.json');
    if (!dataset) throw new Error('the built-in dataset does not load');
    const at = (iso: string) => Date.parse(iso);
    const shown = (flags: RenderFlags) => readShown(flags, readPicture(flags), dataset);
    expect(shown({ at: '2016-04-21T12:00', out: 'a.png' })).toEqual({ view: { time: at('2016-04-21T12:00+03:00'), span: 'moment', rangeStart: null }, animation: null });
    expect(shown({ at: '2016-04-21', out: 'a.png' }).view).toEqual({ time: at('2016-04-22T00:00+03:00') - 1, span: 'day', rangeStart: null });
    expect(shown({ at: '2016-04-20T11:00', to: '2016-04-22', out: 'a.svg' }).view)
      .toEqual({ time: at('2016-04-23T00:00+03:00') - 1, span: 'range', rangeStart: at('2016-04-20T11:00+03:00') });
    const gif = shown({ from: '2016-04-21', to: '2016-04-21', every: '1h', out: 'a.gif' });
    expect(gif.animation?.delay).toBe(500);
    expect(gif.animation?.times).toHaveLength(24);
    expect(gif.animation?.times[0]).toBe(at('2016-04-21T00:00+03:00'));
    expect(gif.animation?.times[23]).toBe(at('2016-04-21T23:00+03:00'));
    expect(gif.view).toEqual({ time: at('2016-04-22T00:00+03:00') - 1, span: 'range', rangeStart: at('2016-04-21T00:00+03:00') });
    expect(shown({ from: '2016-04-21T06:00', to: '2016-04-21T12:00', every: '30m', delay: '250', out: 'a.gif' }).animation).toMatchObject({ delay: 250, times: { length: 13 } });
    expect(shown({ from: '2016-04-20', to: '2016-04-24', every: '1d', out: 'a.gif' }).animation?.times).toHaveLength(5);
    expect(shown({ from: '2016-04-21', to: '2016-04-21', every: '6h', out: 'a.gif' }).animation?.times).toEqual(
      ['00:00', '06:00', '12:00', '18:00'].map((t) => at(`2016-04-21T${t}+03:00`)));
    const picture = readPicture({ at: '2016-04-21', out: 'A.PNG', width: '600', height: '400', scale: '2', lang: 'ar', map: '15/37.05/41.22', layers: 'mortar,control' });
    expect(picture).toEqual({ kind: 'png', out: 'A.PNG', width: 600, height: 400, scale: 2, lang: 'ar', frame: { zoom: 15, lat: 37.05, lon: 41.22 } });
    expect(readLayers({ layers: 'mortar,control' }, dataset)).toEqual(['control', 'mortar']);
    expect(readLayers({}, dataset)).toEqual(['control', 'sites', 'mortar', 'clash', 'capture', 'talks']);
  });

  it('takes --layers from the dataset: its own layers, in its order; a built-in layer it lacks is refused', async () => {
    const { dataset } = await loadFromPath('tests/fixtures/vocabulary/dataset.json');
    if (!dataset) throw new Error('the invented vocabulary dataset does not load');
    expect(readLayers({ layers: 'remote,control,unrest' }, dataset)).toEqual(['control', 'unrest', 'remote']);
    expect(readLayers({}, dataset)).toEqual(['control', 'sites', 'battles', 'unrest', 'remote']);
    expect(() => readLayers({ layers: 'control,mortar' }, dataset))
      .toThrow('--layers "control,mortar": unknown layer mortar (known: control, sites, battles, unrest, remote)');
  });

  it('lists its flags with --help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--at <time>', '--to <time>', '--from <time>', '--every <step>', '--delay <ms>', '--out <file>', '--lang <lang>', '--width <px>', '--height <px>', '--map <z/lat/lon>', '--scale <n>', '--layers <list>', '--data <file>']) {
      expect(help.stdout).toContain(flag);
    }
  }, 30_000);
});

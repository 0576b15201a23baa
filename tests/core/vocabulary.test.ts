// A dataset's own vocabulary (tests/fixtures/vocabulary: an invented war with sides, incident types
// and layers of its own): it loads, names its things, draws them and takes them into links; a record
// naming a side or type the manifest does not declare is refused, the problem naming record and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimParts } from '../../src/core/claims';
import { indexDataset } from '../../src/core/dataset-index';
import { layerIds } from '../../src/core/layers';
import { readLink, writeLink } from '../../src/core/link';
import { renderViewSvg } from '../../src/core/render/render-view';
import type { Problem } from '../../src/core/types';
import { sidesOf } from '../../src/core/sides';
import { typesByLayer } from '../../src/core/types-by-layer';
import { typeName, vocabularyOf } from '../../src/core/vocabulary';
import { moreEn } from '../../src/i18n/more-en';
import { linkContextOf } from '../../src/store/link-state';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { loadTexts, MANIFEST_NAME, type Texts } from '../helpers/raw-dataset';
import { parseSvg } from '../helpers/svg-dom';

const DIR = 'tests/fixtures/vocabulary/';
const VOCABULARY = `${DIR}dataset.json`;
const FILES = ['dataset.json', 'sources.json', 'actors.json', 'sites.geojson', 'control.json', 'incidents.json'];

/** The fixture's texts, with one file changed. */
function changed(file: string, change: (json: any) => void): Texts { // eslint-disable-line @typescript-eslint/no-explicit-any -- any JSON
  const texts: Texts = new Map(FILES.map((f) => [f === 'dataset.json' ? MANIFEST_NAME : f, readFileSync(DIR + f, 'utf8')]));
  const json = JSON.parse(texts.get(file) as string);
  change(json);
  texts.set(file, JSON.stringify(json));
  return texts;
}

const where = (p: Problem) => ({ file: p.file, record: p.record, field: p.field });

describe('a dataset with a vocabulary of its own', () => {
  it('loads, with its own layers after control and sites', async () => {
    const dataset = await loadValid(VOCABULARY);
    const vocabulary = vocabularyOf(dataset.manifest);
    expect(layerIds(vocabulary)).toEqual(['control', 'sites', 'battles', 'unrest', 'remote']);
    expect(vocabulary.typeById.get('protest')?.layer).toBe('unrest');
    expect(typeName(vocabulary, 'protest', { lang: 'ar', builtIn: {} })).toBe('احتجاج');
    // No Arabic name: English.
    expect(typeName(vocabulary, 'air_strike', { lang: 'ar', builtIn: {} })).toBe('Air strike');
  });

  it('draws an actor that gives no colour in its side\'s: the map\'s areas, the tables and the pictures read it', async () => {
    const dataset = await loadValid(VOCABULARY);
    const colourOf = (id: string) => dataset.actors.find((a) => a.id === id)?.colour;
    // The Red guard gives none: its side's; the Blue militia's own stays.
    expect(colourOf('red')).toBe('#cc3311');
    expect(colourOf('blue')).toBe('#0072b2');
    const svg = renderViewSvg({ dataset, index: indexDataset(dataset), view: { time: Date.parse('2016-04-21T12:30+03:00'), span: 'moment' }, lang: 'en', width: 1200, height: 630 });
    // The picture's legend: the Red guard's swatch in its side's colour.
    expect(parseSvg(svg).querySelector('[data-legend="red"] rect')?.getAttribute('fill')).toBe('#cc3311');
  });

  it('an actor with no colour of its own and a side that declares none: refused, naming record and field', async () => {
    const texts = changed('actors.json', (actors) => { actors[0].side = 'bystanders'; delete actors[0].colour; });
    const { problems } = await loadTexts(texts);
    expect(problems.map(where)).toContainEqual({ file: 'actors.json', record: 'blue', field: 'colour' });
  });

  it('draws its types with their glyphs and names them in the picture\'s legend, fire for an air strike', async () => {
    const dataset = await loadValid(VOCABULARY);
    const svg = renderViewSvg({ dataset, index: indexDataset(dataset), view: { time: Date.parse('2016-04-21T12:30+03:00'), span: 'moment' }, lang: 'en', width: 1200, height: 630 });
    const doc = parseSvg(svg);
    expect(doc.querySelector('#pv-glyph-protest')).not.toBeNull();
    expect(doc.querySelector('#pv-glyph-air_strike')).not.toBeNull();
    // The legend lists the types by layer, in the order the manifest declares the layers.
    const legend = [...doc.querySelectorAll('[data-legend]')].map((e) => e.getAttribute('data-legend'));
    expect(legend.filter((k) => ['armed_clash', 'protest', 'air_strike'].includes(k ?? ''))).toEqual(['armed_clash', 'protest', 'air_strike']);
    const texts = doc.documentElement.textContent ?? '';
    for (const name of ['Protest', 'Air strike', 'Armed clash']) expect(texts).toContain(name);
    // The air strike uses the mortar glyph, so it is fire: its uncertainty circle is the orange one.
    expect(texts).toContain('Dashed circle: how uncertain the position is');
  });

  it('takes its own layers into links and reads them back', async () => {
    const dataset = await loadValid(VOCABULARY);
    const ctx = linkContextOf(dataset);
    const search = writeLink({ layers: ['control', 'unrest'] }, ctx.timeZone);
    expect(new URLSearchParams(search).get('layers')).toBe('control,unrest');
    const { state, notices } = readLink(search, ctx);
    expect(state.layers).toEqual(['control', 'unrest']);
    expect(notices).toEqual([]);
    // A built-in layer this dataset lacks is unknown here.
    expect(readLink('?layers=mortar,remote', ctx).notices.join(' ')).toMatch(/mortar/);
    expect(readLink('?layers=mortar,remote', ctx).state.layers).toEqual(['remote']);
  });

  it('words a casualty claim with the side\'s own name for its people', async () => {
    const dataset = await loadValid(VOCABULARY);
    const vocabulary = vocabularyOf(dataset.manifest);
    const strike = dataset.incidents.find((i) => i.id === 'south-strike');
    const [dead, hurt] = (strike?.casualties ?? []).map((c) => moreEn.claim(claimParts(c, 'en', vocabulary)));
    expect(dead).toBe('at least 4 Red guard members killed');
    expect(hurt).toBe('2 civilians wounded');
  });
});

describe('records that name what the manifest does not declare', () => {
  it('an actor\'s side: refused, the problem naming the actor and its side', async () => {
    const { problems } = await loadTexts(changed('actors.json', (a) => { a[0].side = 'kurdish'; }));
    expect(problems.map(where)).toContainEqual({ file: 'actors.json', record: 'blue', field: 'side' });
    expect(problems.find((p) => p.field === 'side')?.message).toMatch(/manifest's sides \(blue_side, red_side, bystanders\)/);
  });

  it('an incident\'s type and a casualty claim\'s side: refused, naming the incident and the field', async () => {
    const type = await loadTexts(changed('incidents.json', (i) => { i[0].type = 'riot'; }));
    expect(type.problems.map(where)).toContainEqual({ file: 'incidents.json', record: 'square-protest', field: 'type' });
    expect(type.dataset?.incidents.map((i) => i.id)).not.toContain('square-protest');
    const side = await loadTexts(changed('incidents.json', (i) => { i[1].casualties[1].side = 'civilian'; }));
    expect(side.problems.map(where)).toContainEqual({ file: 'incidents.json', record: 'south-strike', field: 'casualties.1.side' });
  });

  it('a type in a layer the manifest does not declare: the manifest is refused, naming the type', async () => {
    const { dataset, problems } = await loadTexts(changed(MANIFEST_NAME, (m) => { m.incident_types[1].layer = 'riots'; }));
    expect(dataset).toBeNull();
    expect(problems.map(where)).toContainEqual({ file: 'dataset.json', record: 'protest', field: 'incident_types.1.layer' });
  });

  it('an incident layer named like one of the map\'s own: refused', async () => {
    const { problems } = await loadTexts(changed(MANIFEST_NAME, (m) => { m.incident_layers[0].id = 'sites'; }));
    expect(problems.map((p) => p.field)).toContain('incident_layers.0.id');
  });
});

describe('the built-in data, which declares no vocabulary', () => {
  it('has the built-in sides, types and layers, in the order links and legends always listed them', async () => {
    const dataset = await loadValid(BUILTIN);
    expect(dataset.manifest.sides).toBeUndefined();
    const vocabulary = vocabularyOf(dataset.manifest);
    expect([...sidesOf(vocabulary).keys()]).toEqual(['kurdish', 'government', 'civilian', 'other']);
    expect(layerIds(vocabulary)).toEqual(['control', 'sites', 'mortar', 'clash', 'capture', 'talks']);
    // The legend's order, and the order by layer that pictures and a range's lists use.
    expect(vocabulary.types.map((t) => t.id)).toEqual(['clash', 'mortar', 'artillery', 'siege', 'attack', 'capture', 'arrest', 'exchange', 'talks', 'ceasefire', 'statement']);
    expect(typesByLayer(vocabulary)).toEqual(['mortar', 'artillery', 'clash', 'siege', 'attack', 'capture', 'arrest', 'exchange', 'talks', 'ceasefire', 'statement']);
  });
});

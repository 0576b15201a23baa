// When the map and the pictures draw Natural Earth's country borders (a dataset wider than its own
// basemap, or with none), and the lines drawn: borders and coasts from world-atlas, only those
// reaching the box.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryBorderLines, type BorderLines, type Box } from '../../src/core/country-border-lines';
import { indexDataset } from '../../src/core/dataset-index';
import { needsCountryBorders } from '../../src/core/needs-country-borders';
import { pictureBorders } from '../../src/core/render/picture-borders';
import { renderViewSvg } from '../../src/core/render/render-view';
import type { BasemapFeature, Incident, Site } from '../../src/core/types';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { parseSvg } from '../helpers/svg-dom';

const site = (id: string, at: [number, number]): Site => ({
  type: 'Feature', id, geometry: { type: 'Point', coordinates: at },
  properties: { name: { en: id }, kind: 'landmark', geometry_precision: 'approximate', sources: ['s'] },
});
const town: BasemapFeature = {
  type: 'Feature', id: 'town', geometry: { type: 'Polygon', coordinates: [[[41.1, 37.0], [41.3, 37.0], [41.3, 37.1], [41.1, 37.1], [41.1, 37.0]]] },
  properties: { kind: 'city', geometry_precision: 'schematic' },
};
const incident = (id: string, location: Incident['location'], origin?: Incident['location']): Incident => ({
  id, type: 'clash', title: id, summary: id, start: '2021-03-01T10:00+03:00', time_precision: 'hour',
  location, ...(origin ? { origin } : {}), actors: [], casualties: [], confidence: 'low', sources: ['s'],
});

describe('whether a dataset needs country borders', () => {
  it('does not for the built-in dataset: its basemap holds every site and incident', async () => {
    expect(needsCountryBorders(await loadValid(BUILTIN))).toBe(false);
  });

  it('does for the dataset of incidents only, which has no basemap', async () => {
    expect(needsCountryBorders(await loadValid('tests/fixtures/incidents-only/dataset.json'))).toBe(true);
  });

  // The town's box is 0.2° wide and 0.1° high: things may lie up to 0.1° and 0.05° past it.
  it('does not when everything lies inside the basemap\'s bounding box, or just past its edge', () => {
    expect(needsCountryBorders({ basemap: [town], sites: [site('in', [41.2, 37.05])], incidents: [incident('in', { point: [41.15, 37.02] })] })).toBe(false);
    expect(needsCountryBorders({ basemap: [town], sites: [site('outskirts', [41.39, 36.96])], incidents: [] })).toBe(false);
  });

  it('does when a site, an incident or a firing position lies well outside it', () => {
    expect(needsCountryBorders({ basemap: [town], sites: [site('far', [43, 36])], incidents: [] })).toBe(true);
    expect(needsCountryBorders({ basemap: [town], sites: [], incidents: [incident('north', { point: [41.2, 37.16] })] })).toBe(true);
    expect(needsCountryBorders({ basemap: [town], sites: [], incidents: [incident('fired', { point: [41.2, 37.05] }, { point: [40.99, 37.05] })] })).toBe(true);
  });

  it('does not when there is nothing to place', () => {
    expect(needsCountryBorders({ basemap: [], sites: [], incidents: [incident('at-a-site', { site: 'gone' })] })).toBe(false);
    expect(needsCountryBorders({ basemap: [town], sites: [], incidents: [] })).toBe(false);
  });
});

describe('the border lines drawn', () => {
  const coarse = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as unknown;
  const near = (lines: number[][][], lon: number, lat: number, within: number) =>
    lines.some((line) => line.some(([x = NaN, y = NaN]) => Math.abs(x - lon) < within && Math.abs(y - lat) < within));
  // Every stretch kept has a segment whose box meets the box: no vertex is more than a segment away.
  const reaches = ([w, s, e, n]: Box) => (line: number[][]) =>
    line.length >= 2 && line.every(([x = NaN, y = NaN]) => x >= w - 15 && x <= e + 15 && y >= s - 15 && y <= n + 15);

  it('holds the stretches of border and coast reaching a box, and nothing far from it', () => {
    const box: Box = [35, 32, 45, 38];
    const { borders, coasts } = countryBorderLines(coarse, box);
    // The border west of Qamishlo (Turkey and Syria, near 40°E 36.8°N) and the Levant's coast (35.9°E 35°N).
    expect(near(borders, 40, 36.8, 0.6)).toBe(true);
    expect(near(coasts, 35.9, 35, 0.6)).toBe(true);
    expect(near(borders, 35.9, 35, 0.3)).toBe(false);
    expect(borders.every(reaches(box))).toBe(true);
    expect(coasts.every(reaches(box))).toBe(true);
    // A box keeps a small part of the world's vertices (the coast of Eurasia and Africa is one line).
    const world = countryBorderLines(coarse, [-180, -90, 180, 90]);
    const vertices = (l: BorderLines) => [...l.borders, ...l.coasts].reduce((sum, line) => sum + line.length, 0);
    expect(vertices({ borders, coasts })).toBeLessThan(vertices(world) / 20);
  });

  it('holds nothing for a box in the open ocean', () => {
    expect(countryBorderLines(coarse, [-150, -30, -140, -20])).toEqual({ borders: [], coasts: [] });
  });

  it('says what it expected for a file that is not world-atlas countries', () => {
    expect(() => countryBorderLines({ type: 'FeatureCollection', features: [] }, [0, 0, 1, 1])).toThrow(/TopoJSON topology with a "countries" collection/);
  });
});

describe('country borders in pictures', () => {
  const at = (iso: string) => Date.parse(iso);
  const picture = { lang: 'en' as const, width: 1200, height: 630, frame: null };

  it('are wanted for the dataset of incidents only, coarse when it is seen whole, over the picture\'s extent', async () => {
    const dataset = await loadValid('tests/fixtures/incidents-only/dataset.json');
    const wanted = pictureBorders({ dataset, ...picture });
    expect(wanted?.detail).toBe('coarse');
    const [w, s, e, n] = wanted?.box ?? [NaN, NaN, NaN, NaN];
    // The picture holds every incident's point, and no more than a few times the country.
    expect(w).toBeLessThan(36.7); expect(e).toBeGreaterThan(43.6); expect(s).toBeLessThan(33.4); expect(n).toBeGreaterThan(37.4);
    expect(e - w).toBeLessThan(30);
    expect(pictureBorders({ dataset, ...picture, frame: { zoom: 9, lat: 35.5, lon: 38.3 } })?.detail).toBe('fine');
  });

  it('are not wanted for the built-in dataset', async () => {
    expect(pictureBorders({ dataset: await loadValid(BUILTIN), ...picture })).toBeNull();
  });

  it('are drawn under the marks and credited to Natural Earth when given, and not otherwise', async () => {
    const dataset = await loadValid('tests/fixtures/incidents-only/dataset.json');
    const request = { dataset, index: indexDataset(dataset), ...picture, view: { time: at('2021-03-05T23:59:59+03:00'), span: 'day' as const } };
    const box = pictureBorders(request)?.box as Box;
    const coarse = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as unknown;
    const withBorders = parseSvg(renderViewSvg({ ...request, borders: countryBorderLines(coarse, box) }));
    const border = withBorders.querySelector('g.map .country-borders path.country-border');
    expect(border?.getAttribute('d')).toMatch(/^M[\d.-]+ [\d.-]+L/);
    expect(withBorders.querySelector('g.map .country-borders path.country-coast')).not.toBeNull();
    expect(withBorders.documentElement.textContent).toContain('Country borders: Natural Earth');
    const without = parseSvg(renderViewSvg(request));
    expect(without.querySelector('.country-borders')).toBeNull();
    expect(without.documentElement.textContent).not.toContain('Natural Earth');
  });
});

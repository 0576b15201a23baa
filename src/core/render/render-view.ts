// A view of the map as one standalone SVG document, drawn from the dataset and the core's state with
// no DOM and no Leaflet, so that it runs in Node and in the browser: country borders where the
// dataset needs them (picture-borders.ts), the basemap, the areas by holder,
// a range's marks, site and incident marks, the heading with the time, the legend, a scale bar and
// the credits. The same input gives the same bytes.
import { vocabularyOf } from '../vocabulary';
import type { BorderLines } from '../country-border-lines';
import type { DataOrigin } from '../data-origin';
import type { RenderWords } from './render-words';
import type { DatasetIndex } from '../dataset-index';
import type { LayerId } from '../layers';
import type { MapView } from '../link-format';
import type { Lang } from '../names';
import type { Dataset, Incident, Site } from '../types';
import { altText } from './alt-text';
import { sourcesLine, sourcesShown } from './credits';
import { fitFrame } from './fit-frame';
import { FONT_FAMILY, makePicture, type Picture } from './picture';
import { projection } from './projection';
import { scaleBarSvg } from './scale-bar';
import { areaLabelsSvg, areasSvg, hatchPatterns, isArea } from './svg-areas';
import { basemapSvg } from './svg-basemap';
import { countryBordersSvg } from './svg-country-borders';
import { footerHeight, footerSvg, headerHeight, headerSvg, margin, originBandSvg } from './svg-chrome';
import { glyphDefs, incidentsSvg, sortTypes } from './svg-incidents';
import { legend, type LegendContents } from './svg-legend';
import { polygonRings } from './svg-path';
import { rangeMarksSvg } from './svg-range-marks';
import { hasSiteMark, sitesSvg } from './svg-sites';
import { num, tag, xml } from './svg-text';
import { viewContents, type RenderView, type ViewContents } from './view-contents';
import { viewTimeHeading } from './view-time';
import { siteCentre } from '../geo';

export type { RenderView };

export interface RenderRequest {
  dataset: Dataset;
  index: DatasetIndex;
  /** As the store holds it: time is the moment, a day's last moment, or a range's end. */
  view: RenderView;
  /** The layers shown; all when absent. */
  layers?: readonly LayerId[];
  lang: Lang;
  /** CSS pixels of the picture. */
  width: number;
  height: number;
  /** The map= view, its centre at the picture's centre; null or absent: the dataset fitted in. */
  frame?: MapView | null;
  selectedId?: string | null;
  /** Whose data it is: a dataset that is not the publisher's own says so in the credits. */
  origin?: DataOrigin;
  /** Natural Earth's borders near the picture, for a dataset that needs them (picture-borders.ts says which); none when absent. */
  borders?: BorderLines | null;
}

/** The legend may take this share of the picture's width at most. */
const LEGEND_SHARE = 0.3;

export function renderViewSvg(req: RenderRequest): string {
  const { dataset, view, lang } = req;
  const width = Math.max(1, Math.round(req.width));
  const height = Math.max(1, Math.round(req.height));
  const contents = viewContents(req);
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const states = new Map(contents.states.map((s) => [s.site, s]));
  const control = contents.layers.has('control');

  const frame = req.frame ?? fittedFrame(req);
  const vocabulary = vocabularyOf(dataset.manifest);
  const m = margin(makePicture({ width, height, lang, vocabulary, projection: projection(frame, { cx: 0, cy: 0 }) }));
  const maxLegend = width * LEGEND_SHARE;
  const picture = makePicture({ width, height, lang, vocabulary, projection: projection(frame, { cx: width / 2, cy: height / 2 }) });

  // Only what falls in the picture is drawn, so that the legend lists exactly what is seen.
  const drawnSites = dataset.sites.filter((s) => inPicture(s, picture));
  const tracked = new Set(states.keys());
  const areas = areasSvg({ sites: drawnSites, states, actors, recent: contents.recent, visible: control }, picture);
  const labels = areaLabelsSvg(drawnSites, tracked, picture);
  const drawnChanged = control ? contents.changed.filter((c) => drawnSites.some((s) => s.id === c.site)) : [];
  const marks = contents.range ? rangeMarksSvg({ changed: drawnChanged, sites, actors }, picture) : { bands: '', labels: '' };
  const siteMarks = contents.layers.has('sites') ? sitesSvg({ sites: drawnSites, states, actors }, picture) : '';
  const drawnIncidents = contents.incidents.filter((i) => incidentInPicture(i, sites, picture));
  const incidents = incidentsSvg({ incidents: drawnIncidents, sites, time: view.time, selectedId: req.selectedId }, picture);

  const theLegend = legend(legendContents({ req, contents, drawnSites, types: incidents.types, dense: incidents.dense, fireLine: incidents.fireLine, uncertainty: incidents.uncertainty }), picture, maxLegend);
  const header = headerSvg({ title: dataset.manifest.title, time: viewTimeHeading(view, dataset.manifest.timezone, lang) }, picture)
    + (req.origin && req.origin.kind !== 'own' ? originBandSvg(originText(req.origin, picture.words), picture) : '');
  const credits = footerSvg(creditLines({ req, contents, drawnSites, drawnIncidents, tracked }, picture), picture);
  const top = headerHeight(picture);
  const bottom = height - footerHeight(picture);
  const scale = scaleBarSvg({ x: picture.rtl ? width - m : m, bottom: bottom - m }, picture);
  const alt = altText(req);

  const usedHatches = dataset.actors.filter((a) => contents.states.some((s) => s.contested && s.controller === a.id));
  const defs = tag('clipPath', { id: 'pv-map' }, tag('rect', { x: 0, y: 0, width, height }))
    + hatchPatterns(usedHatches) + glyphDefs(incidents.dense ? [] : incidents.types, vocabulary);
  // Two clipped groups: resvg (the CLI's rasteriser) fails on a group that holds both a path reaching
  // far outside the picture and a translucent mark, so the marks (all near the picture) have their own.
  const map = tag('g', { 'clip-path': 'url(#pv-map)', class: 'map' },
    tag('rect', { x: 0, y: 0, width, height, fill: '#e7e9e4' }) + (req.borders ? countryBordersSvg(req.borders, picture) : '') + basemapSvg(dataset.basemap, picture) + areas + labels + marks.bands + incidents.under)
    + tag('g', { 'clip-path': 'url(#pv-map)', class: 'marks' }, siteMarks + incidents.svg + marks.labels);
  const body = tag('title', { id: 'pv-title' }, xml(dataset.manifest.title)) + tag('desc', { id: 'pv-desc' }, xml(alt))
    + tag('defs', {}, defs) + map + header + (theLegend.empty ? '' : theLegend.draw(top + m, m, bottom - top - 2 * m - 30 * picture.unit)) + scale + credits;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag('svg', {
    xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'pv-title pv-desc',
    'font-family': FONT_FAMILY, 'xml:lang': lang, direction: picture.rtl ? 'rtl' : undefined,
    // The view drawn, in the link's map= form, so that a picture says what it frames.
    'data-map-view': `${num(frame.zoom)}/${num(frame.lat, 6)}/${num(frame.lon, 6)}`,
  }, body)}\n`;
}

/**
 * The frame of a picture with no map view: the dataset fitted into the room the heading, the credits
 * and the widest legend it could have leave. It depends on the dataset, the size and the language
 * only, so that every frame of an animation frames the same.
 */
export function fittedFrame({ dataset, lang, width, height }: Pick<RenderRequest, 'dataset' | 'lang' | 'width' | 'height'>): MapView {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const vocabulary = vocabularyOf(dataset.manifest);
  const sizing = makePicture({ width: w, height: h, lang, vocabulary, projection: projection({ zoom: 0, lat: 0, lon: 0 }, { cx: 0, cy: 0 }) });
  const widest = legend({
    holders: dataset.actors, contested: dataset.actors[0]?.id ?? null, recent: true, schematic: true, band: true,
    types: sortTypes(new Set(dataset.incidents.map((i) => i.type)), vocabulary), dense: false, fireLine: true, uncertainty: 'fire',
  }, sizing, w * LEGEND_SHARE);
  const m = margin(sizing);
  const legendRoom = widest.empty ? 0 : widest.width + m;
  return fitFrame(dataset, {
    width: w, height: h,
    room: { left: sizing.rtl ? legendRoom : 0, right: w - (sizing.rtl ? 0 : legendRoom), top: headerHeight(sizing), bottom: h - footerHeight(sizing) },
  });
}

function legendContents({ req, contents, drawnSites, types, dense, fireLine, uncertainty }: {
  req: RenderRequest; contents: ViewContents; drawnSites: readonly Site[]; types: LegendContents['types']; dense: boolean; fireLine: boolean; uncertainty: LegendContents['uncertainty'];
}): LegendContents {
  const control = contents.layers.has('control');
  const ids = new Set(drawnSites.map((s) => s.id));
  const shown = contents.states.filter((s) => ids.has(s.site));
  const held = new Set<string>();
  if (control) {
    for (const s of shown) {
      const site = drawnSites.find((x) => x.id === s.site);
      // A point site shows its holder by its mark's ring, only while site marks are drawn.
      if (site && (site.geometry.type !== 'Point' || (contents.layers.has('sites') && hasSiteMark(site)))) held.add(s.controller);
    }
    if (contents.range) for (const c of contents.changed) if (ids.has(c.site)) held.add(c.before.controller);
  }
  const areaIds = new Set(drawnSites.filter((s) => s.geometry.type !== 'Point').map((s) => s.id));
  const contested = control ? shown.find((s) => s.contested && areaIds.has(s.site))?.controller ?? null : null;
  return {
    holders: req.dataset.actors.filter((a) => held.has(a.id)),
    contested,
    recent: control && shown.some((s) => contents.recent.has(s.site) && areaIds.has(s.site)),
    schematic: drawnSites.some((s) => areaIds.has(s.id) && contents.states.some((x) => x.site === s.id) && s.properties.geometry_precision !== 'exact'),
    band: control && contents.range !== null && contents.changed.some((c) => ids.has(c.site)),
    types, dense, fireLine, uncertainty,
  };
}

/** Whose data a picture shows, when it is not the publisher's own: the app's label, in the picture's words. */
function originText(origin: Exclude<DataOrigin, { kind: 'own' }>, w: RenderWords): string {
  return origin.kind === 'address' ? w.dataFromAddress(w.isolate(origin.host)) : w.dataFromFiles(w.isolate(origin.name));
}

function creditLines({ req, contents, drawnSites, drawnIncidents, tracked }: {
  req: RenderRequest; contents: ViewContents; drawnSites: readonly Site[]; drawnIncidents: readonly Incident[]; tracked: ReadonlySet<string>;
}, picture: Picture): string[] {
  const w = picture.words;
  const ids = new Set(drawnSites.map((s) => s.id));
  const names = sourcesShown(req.dataset, {
    states: contents.layers.has('control') ? contents.states.filter((s) => ids.has(s.site)) : [],
    incidents: drawnIncidents,
  });
  const room = picture.width - 2 * margin(picture);
  const size = 10.5 * picture.unit;
  const second: string[] = [];
  if (drawnSites.some((s) => isArea(s, tracked) && s.properties.geometry_precision === 'schematic')) second.push(w.schematicOutlines);
  if (req.dataset.basemap.length > 0) second.push(w.basemapCredit);
  if (req.borders && (req.borders.borders.length > 0 || req.borders.coasts.length > 0)) second.push(w.bordersCredit);
  return [names.length > 0 ? sourcesLine(names, picture, room, size) : '', second.join(' · ')].filter(Boolean);
}

/** Whether a site's extent meets the picture. */
function inPicture(site: Site, picture: Picture): boolean {
  const positions = site.geometry.type === 'Point' ? [site.geometry.coordinates] : polygonRings(site.geometry).flat();
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const p of positions) {
    const [x, y] = picture.projection.point(p[0] as number, p[1] as number);
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  const pad = site.geometry.type === 'Point' ? 13 : 0;
  return x1 >= -pad && y1 >= -pad && x0 <= picture.width + pad && y0 <= picture.height + pad;
}

/** Whether an incident's mark (about 28 px) falls in the picture. */
function incidentInPicture(incident: Incident, sites: ReadonlyMap<string, Site>, picture: Picture): boolean {
  const loc = incident.location;
  const p = loc.point ?? (loc.site !== undefined && sites.get(loc.site) ? siteCentre(sites.get(loc.site) as Site) : null);
  if (!p) return false;
  const [x, y] = picture.projection.point(p[0] as number, p[1] as number);
  return x >= -14 && y >= -14 && x <= picture.width + 14 && y <= picture.height + 14;
}

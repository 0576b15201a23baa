// While the Claims switch is on, marks every area where a party claims another holder than the
// assessment: a dotted outline just inside its edge in the claimant's colour (a dotted ring round a
// point site's mark), and a "<claimant> claims: <holder>" tag above its name. Loaded on demand, the
// first time the switch is turned on; marks are kept by area and redrawn only when what they say changes.
import * as L from 'leaflet';
import { claimedOtherwiseAt, type AreaClaims } from '../core/control-claims';
import type { Lang } from '../core/names';
import type { Actor, Site } from '../core/types';
import { MORE_MESSAGES } from '../i18n/more';
import { memoSelector, selectActorsById, selectAreaStates, selectSitesById } from '../store/selectors';
import { areaPane } from './area-pane';
import { el } from './dom';
import { insetRings, sitePosition, toLatLng } from './geometry';
import { StoreLayer } from './store-layer';
import './claims-layer.css';
import { hasAreaLabel } from '../core/area-label';

/** Nearer the edge than a range's "was" band (0.84), so the two never lie on each other. */
const INSET_SCALE = 0.93;
/** Wider than a range's ring round a point's mark (15 px). */
const RING_RADIUS = 20;
/** Round dots: unlike the dashes of schematic outlines and the solid "was" band. */
const DOTS = { dashArray: '0.1 7', lineCap: 'round' as const };

/** The areas claimed otherwise at the moment shown (a range: at its end, as its control is). */
const selectClaimedOtherwise = memoSelector(
  (s) => [selectAreaStates(s), s.time] as const,
  (states, time): AreaClaims[] => claimedOtherwiseAt(states, time),
);

interface ClaimMarks {
  key: string;
  layers: L.Layer[];
}

/** One claimant and the holder it names, once however many of its claims say so. */
interface Counterclaim {
  claimant: Actor | undefined;
  claimantId: string;
  holder: Actor | undefined;
  holderId: string;
}

export class ClaimsLayer extends StoreLayer {
  private readonly marks = new Map<string, ClaimMarks>();
  /** Over the areas, their canvas included (area-pane.ts). */
  private pane = 'overlayPane';

  protected build(map: L.Map): void {
    this.pane = areaPane(map);
    this.watch(
      (s) => [selectClaimedOtherwise(s), s.claims && s.layers.includes('control'), s.lang, selectActorsById(s), selectSitesById(s)] as const,
      ([areas, shown, lang, actors, sites]) => this.draw({ areas: shown ? areas : [], lang, actors, sites }),
    );
  }

  protected reset(): void {
    this.marks.clear();
  }

  private draw({ areas, lang, actors, sites }: { areas: readonly AreaClaims[]; lang: Lang; actors: Map<string, Actor>; sites: Map<string, Site> }): void {
    const wanted = new Map<string, { site: Site; claims: Counterclaim[]; key: string }>();
    for (const area of areas) {
      const site = sites.get(area.state.site);
      if (!site) continue;
      const pairs = [...new Set(area.otherwise.map((c) => `${c.claimant}|${c.controller}`))].map((pair) => {
        const [claimantId = '', holderId = ''] = pair.split('|');
        return { claimantId, holderId, claimant: actors.get(claimantId), holder: actors.get(holderId) };
      });
      const key = `${pairs.map((p) => `${p.claimantId}|${p.holderId}|${p.claimant?.colour}`).join(',')}|${lang}`;
      wanted.set(site.id, { site, claims: pairs, key });
    }
    for (const [id, marks] of this.marks) {
      if (wanted.get(id)?.key === marks.key) continue;
      for (const layer of marks.layers) this.group.removeLayer(layer);
      this.marks.delete(id);
    }
    for (const [id, { site, claims, key }] of wanted) {
      if (this.marks.has(id)) continue;
      const layers = [...outlines(site, claims, this.pane), claimTag(site, claims, lang)];
      for (const layer of layers) this.group.addLayer(layer);
      this.marks.set(id, { key, layers });
    }
  }
}

/** A light casing under coloured dots, so that they read on any fill and in both themes (claims-layer.css). */
function outlines(site: Site, claims: readonly Counterclaim[], pane: string): L.Layer[] {
  const colour = claims[0]?.claimant?.colour ?? '#999999';
  const base = { fill: false, interactive: false, className: `area-claim area-claim-${site.id}`, pane };
  const centre = sitePosition(site);
  const make = (style: L.PathOptions): L.Path => (site.geometry.type === 'Point'
    ? L.circleMarker(toLatLng(centre), { ...base, ...style, radius: RING_RADIUS })
    : L.polygon(insetRings(site, centre, INSET_SCALE), { ...base, ...style }));
  const casing = make({ className: `${base.className} area-claim-casing`, weight: 6, opacity: 0.9, ...DOTS, dashArray: '' });
  const dots = make({ color: colour, weight: 5, opacity: 1, ...DOTS });
  dots.on('add', () => dots.getElement()?.setAttribute('data-claimant', claims.map((c) => c.claimantId).join(' ')));
  return [casing, dots];
}

/** "Government claims: NDF" above the area's name (a range's "was" line goes under it), or above a point's mark. */
function claimTag(site: Site, claims: readonly Counterclaim[], lang: Lang): L.Marker {
  const m = MORE_MESSAGES[lang];
  const place = site.geometry.type === 'Point' ? 'is-above-mark' : hasAreaLabel(site) ? 'is-above-name' : 'is-centred';
  const lines = claims.map((c) => {
    // The claimant's colour is the data's; the rest of the look is claims-layer.css (light and dark themes).
    const swatch = el('span', { class: 'area-claim-swatch', 'aria-hidden': 'true' });
    swatch.style.background = c.claimant?.colour ?? '#999999';
    return el('span', { class: 'area-claim-line' }, swatch, m.claimMark(c.claimant?.short ?? c.claimantId, c.holder?.short ?? c.holderId));
  });
  const tag = el('span', { class: `area-claim-text ${place}`, lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, ...lines);
  const icon = L.divIcon({ className: `area-claim-label area-claim-label-${site.id}`, html: tag, iconSize: [0, 0] });
  return L.marker(toLatLng(sitePosition(site)), { icon, interactive: false, keyboard: false, pane: 'tooltipPane' });
}

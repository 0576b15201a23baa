// Area polygons filled by their controller at the moment shown; restyled only when their state changes.
import * as L from 'leaflet';
import { changedHandsRecently, type AreaState } from '../core/control';
import { nameIn, type Lang } from '../core/names';
import type { Actor, Site } from '../core/types';
import { RECENT_CHANGE_MS } from '../store/store';
import { selectAreaStates } from '../store/selectors';
import { el } from './dom';
import { polygonLatLngs } from './geometry';
import { hatchId } from './patterns';
import { areaPopup } from './popup';
import { StoreLayer } from './store-layer';

interface AreaPath {
  site: Site;
  path: L.Polygon;
  state: AreaState | undefined;
  styleKey: string;
}

export class AreasLayer extends StoreLayer {
  private readonly paths = new Map<string, AreaPath>();

  protected build(): void {
    const { dataset, index } = this.store.getState();
    if (!dataset || !index) return;
    for (const site of dataset.sites) {
      if (site.geometry.type === 'Point' || !index.control.tracks.has(site.id)) continue;
      const path = L.polygon(polygonLatLngs(site) as L.LatLngExpression[][], {
        className: `area area-${site.id}`,
        weight: 1.2,
      });
      const entry: AreaPath = { site, path, state: undefined, styleKey: '' };
      // Never a string: Leaflet would read it as HTML.
      path.bindPopup(() => (entry.state ? areaPopup(site, entry.state, this.ctx) : el('h3', {}, site.properties.name.en)), { maxWidth: 320 });
      if (site.properties.kind === 'district' || site.properties.kind === 'security_zone') {
        path.bindTooltip('', { permanent: true, direction: 'center', className: 'area-label' });
      }
      path.addTo(this.group);
      this.paths.set(site.id, entry);
    }
    this.watch(
      (s) => [selectAreaStates(s), s.time, s.layers.includes('control')] as const,
      ([states, time, visible]) => this.update(states, time, visible),
    );
    this.watch((s) => s.lang, (lang) => this.label(lang));
  }

  protected reset(): void {
    this.paths.clear();
  }

  /** Map labels in the reader's language, falling back to English (marked with a dotted underline). */
  private label(lang: Lang): void {
    for (const { site, path } of this.paths.values()) {
      const tooltip = path.getTooltip();
      if (!tooltip) continue;
      const shown = nameIn(site.properties.name, lang);
      const span = document.createElement('span');
      span.textContent = shown.lang === 'en' ? shortLabel(shown.text) : shown.text;
      span.lang = shown.lang;
      span.dir = 'auto';
      if (shown.fallback) span.className = 'name-fallback';
      tooltip.setContent(span);
    }
  }

  private update(states: readonly AreaState[], time: number, visible: boolean): void {
    const actors = this.ctx.actors;
    for (const state of states) {
      const entry = this.paths.get(state.site);
      if (!entry) continue;
      entry.state = state;
      const recent = changedHandsRecently(state, time, RECENT_CHANGE_MS);
      const key = `${state.controller}|${state.contested}|${recent}|${visible}`;
      if (key === entry.styleKey) continue;
      entry.styleKey = key;
      entry.path.setStyle(areaStyle(state, actors.get(state.controller), recent, visible, entry.site.properties.geometry_precision !== 'exact'));
      const el = entry.path.getElement();
      if (el) {
        el.setAttribute('data-controller', state.controller);
        el.classList.toggle('is-contested', state.contested);
        el.classList.toggle('is-recent', recent);
      }
    }
  }
}

function areaStyle(state: AreaState, actor: Actor | undefined, recent: boolean, visible: boolean, drawn: boolean): L.PathOptions {
  if (!visible) return { fillOpacity: 0, color: '#666', weight: 1, dashArray: '3 3', opacity: 0.6 };
  const colour = actor?.colour ?? '#999999';
  return {
    fillColor: state.contested ? `url(#${hatchId(state.controller)})` : colour,
    fillOpacity: state.contested ? 0.85 : 0.42,
    color: recent ? '#111111' : '#3a3a3a',
    weight: recent ? 3.5 : 1.2,
    opacity: recent ? 1 : 0.8,
    // Schematic and approximate outlines are dashed: they are zones, not surveyed boundaries.
    dashArray: recent ? '' : drawn ? '4 3' : '',
  };
}

/** "Corniche (Kurdish Corniche)" → "Corniche": the map label; the full name is in popups and the table. */
function shortLabel(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '') || name;
}

// Site markers (prison, airport, bakery, checkpoints…) with a glyph per kind; held points ringed by controller.
import * as L from 'leaflet';
import type { AreaState } from '../core/control';
import type { Site } from '../core/types';
import { selectAreaStates } from '../store/selectors';
import { sitePosition, toLatLng } from './geometry';
import { DetailsPopup } from './details-popup';
import { siteIconHtml } from '../marks/icons';
import { lazyPopup } from './lazy-popup';
import { StoreLayer } from './store-layer';

/** Kinds drawn as areas with labels only; every other kind gets a marker. */
const AREA_ONLY = new Set(['district', 'security_zone', 'city']);

/** Whether the sites layer draws a marker for this site. */
export const hasSiteMarker = (site: Site): boolean => !AREA_ONLY.has(site.properties.kind);
const ICON_SIZE = 26;

interface SiteMarker {
  site: Site;
  marker: L.Marker;
  ring: string | undefined;
}

export class SitesLayer extends StoreLayer {
  private readonly markers = new Map<string, SiteMarker>();

  protected build(map: L.Map): void {
    const { dataset } = this.store.getState();
    for (const site of dataset?.sites ?? []) {
      if (!hasSiteMarker(site)) continue;
      const marker = L.marker(toLatLng(sitePosition(site)), {
        icon: this.icon(site, undefined),
        title: site.properties.name.en,
        alt: site.properties.name.en,
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(new DetailsPopup({ maxWidth: 320 }).setContent(lazyPopup(marker, (m) => {
        const state = selectAreaStates(this.store.getState()).find((a) => a.site === site.id);
        return m.sitePopup(site, state, this.ctx);
      })));
      marker.addTo(this.group);
      this.markers.set(site.id, { site, marker, ring: undefined });
    }
    this.watch(
      (s) => [selectAreaStates(s), s.layers.includes('sites')] as const,
      ([states, visible]) => this.update(states, visible, map),
    );
  }

  protected reset(): void {
    this.markers.clear();
  }

  private icon(site: Site, ring: string | undefined): L.DivIcon {
    return L.divIcon({
      html: siteIconHtml(site.properties.kind, ring),
      className: `site-marker site-${site.id} precision-${site.properties.geometry_precision}`,
      iconSize: [ICON_SIZE, ICON_SIZE],
      iconAnchor: [ICON_SIZE / 2, ICON_SIZE / 2],
      popupAnchor: [0, -ICON_SIZE / 2],
    });
  }

  private update(states: readonly AreaState[], visible: boolean, map: L.Map): void {
    if (visible !== map.hasLayer(this.group)) {
      if (visible) this.group.addTo(map);
      else map.removeLayer(this.group);
    }
    for (const state of states) {
      const entry = this.markers.get(state.site);
      if (!entry || entry.site.geometry.type !== 'Point') continue;
      const ring = this.ctx.actors.get(state.controller)?.colour;
      if (ring === entry.ring) continue;
      entry.ring = ring;
      entry.marker.setIcon(this.icon(entry.site, ring));
    }
  }

}

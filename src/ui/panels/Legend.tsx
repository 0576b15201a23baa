// What the colours, patterns, outlines and marks on the map mean.
import type { IncidentType, SiteKind } from '../../core/types';
import { GlyphIcon } from '../GlyphIcon';
import { INCIDENT_TYPE_LABELS, SITE_KIND_LABELS, incidentIconHtml, siteIconHtml } from '../../map/icons';
import { useApp } from '../store-context';
import { INCIDENT_LAYERS } from '../../core/incidents';
import { LAYER_LABELS } from '../../core/layers';
import { layerMarkHtml } from '../../map/mark-shapes';

const INCIDENT_TYPES: IncidentType[] = ['clash', 'mortar', 'artillery', 'siege', 'attack', 'capture', 'arrest', 'exchange', 'talks', 'ceasefire', 'statement'];

export function Legend() {
  const actors = useApp((s) => s.dataset?.actors ?? []);
  const incidents = useApp((s) => s.dataset?.incidents ?? []);
  const sites = useApp((s) => s.dataset?.sites ?? []);
  const types = INCIDENT_TYPES.filter((t) => incidents.some((i) => i.type === t));
  const kinds = [...new Set(sites.map((s) => s.properties.kind))].filter((k) => k !== 'district' && k !== 'security_zone' && k !== 'city') as SiteKind[];
  return (
    <div class="legend">
      <h3>Held by</h3>
      <ul>
        {actors.map((a) => (
          <li key={a.id}><span class="swatch" aria-hidden="true" style={{ '--swatch': a.colour }} />{a.name}</li>
        ))}
        <li><span class="swatch swatch-contested" aria-hidden="true" style={{ '--swatch': '#777' }} />Hatched: contested</li>
        <li><span class="swatch swatch-recent" aria-hidden="true" />Thick outline: changed hands in the last 6 hours</li>
        <li><span class="swatch swatch-schematic" aria-hidden="true" />Dashed outline: schematic or approximate shape</li>
      </ul>
      <h3>Incidents</h3>
      <ul class="legend-icons">
        {types.map((t) => (
          <li key={t}><GlyphIcon class="legend-icon" html={incidentIconHtml(t)} />{INCIDENT_TYPE_LABELS[t]}</li>
        ))}
        <li><span class="swatch swatch-uncertainty" aria-hidden="true" />Dashed circle: how uncertain the position is</li>
        <li><span class="swatch swatch-fire-line" aria-hidden="true" />Dashed line: from the reported firing position</li>
      </ul>
      {/* The timeline's rows of marks: by shape and name as well as by colour. */}
      <h3>Timeline</h3>
      <ul class="legend-icons legend-timeline">
        {INCIDENT_LAYERS.map((layer) => (
          <li key={layer}><GlyphIcon class="legend-icon" html={layerMarkHtml(layer)} />{LAYER_LABELS[layer]}</li>
        ))}
        <li><span class="swatch swatch-change" aria-hidden="true" />Diamond: control changed hands (white: contested)</li>
      </ul>
      <h3>Sites</h3>
      <ul class="legend-icons">
        {kinds.map((k) => (
          <li key={k}><GlyphIcon class="legend-icon" html={siteIconHtml(k)} />{SITE_KIND_LABELS[k]}</li>
        ))}
      </ul>
      <p class="legend-note">Incidents stay on the map for 24 hours after they begin, fading with age.</p>
    </div>
  );
}

// What the colours, patterns, outlines and marks on the map mean.
import './panels.css';
import type { IncidentType, SiteKind } from '../../core/types';
import { GlyphIcon } from '../GlyphIcon';
import { incidentIconHtml, siteIconHtml } from '../../map/icons';
import { useApp } from '../store-context';
import { useT } from '../use-t';

const INCIDENT_TYPES: IncidentType[] = ['clash', 'mortar', 'artillery', 'siege', 'attack', 'capture', 'arrest', 'exchange', 'talks', 'ceasefire', 'statement'];

export function Legend() {
  const actors = useApp((s) => s.dataset?.actors ?? []);
  const incidents = useApp((s) => s.dataset?.incidents ?? []);
  const sites = useApp((s) => s.dataset?.sites ?? []);
  const t = useT();
  const types = INCIDENT_TYPES.filter((type) => incidents.some((i) => i.type === type));
  const kinds = [...new Set(sites.map((s) => s.properties.kind))].filter((k) => k !== 'district' && k !== 'security_zone' && k !== 'city') as SiteKind[];
  return (
    <div class="legend">
      <h3>{t.legendHeldBy}</h3>
      <ul>
        {actors.map((a) => (
          <li key={a.id}><span class="swatch" aria-hidden="true" style={{ '--swatch': a.colour }} />{a.name}</li>
        ))}
        <li><span class="swatch swatch-contested" aria-hidden="true" style={{ '--swatch': '#777' }} />{t.legendContested}</li>
        <li><span class="swatch swatch-recent" aria-hidden="true" />{t.legendRecent}</li>
        <li><span class="swatch swatch-schematic" aria-hidden="true" />{t.legendSchematic}</li>
      </ul>
      <h3>{t.legendIncidents}</h3>
      <ul class="legend-icons">
        {types.map((type) => (
          <li key={type}><GlyphIcon class="legend-icon" html={incidentIconHtml(type)} />{t.incidentTypes[type]}</li>
        ))}
        <li><span class="swatch swatch-uncertainty" aria-hidden="true" />{t.legendUncertainty}</li>
        <li><span class="swatch swatch-fire-line" aria-hidden="true" />{t.legendFireLine}</li>
      </ul>
      <h3>{t.legendSites}</h3>
      <ul class="legend-icons">
        {kinds.map((k) => (
          <li key={k}><GlyphIcon class="legend-icon" html={siteIconHtml(k)} />{t.siteKinds[k]}</li>
        ))}
      </ul>
      <p class="legend-note">{t.legendFade}</p>
    </div>
  );
}

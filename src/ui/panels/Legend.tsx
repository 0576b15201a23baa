// What the colours, patterns, outlines and marks on the map mean: of areas only when the dataset has
// some, of places only when it has any.
import './panels.css';
import type { SiteKind } from '../../core/types';
import { GlyphIcon } from '../GlyphIcon';
import { incidentIconHtml, siteIconHtml } from '../../marks/icons';
import { useApp } from '../store-context';
import { useLang, useT } from '../use-t';
import { useMoreT } from '../use-more-t';
import { layerMarkHtml } from '../../marks/mark-shapes';
import { DEFAULT_VOCABULARY, layerName, typeName } from '../../core/vocabulary';

export function Legend() {
  const actors = useApp((s) => s.dataset?.actors ?? []);
  const incidents = useApp((s) => s.dataset?.incidents ?? []);
  const sites = useApp((s) => s.dataset?.sites ?? []);
  const hasAreas = useApp((s) => (s.dataset?.control.initial.length ?? 0) > 0);
  const claimsOn = useApp((s) => s.claims);
  const vocabulary = useApp((s) => s.index?.vocabulary ?? DEFAULT_VOCABULARY);
  const t = useT();
  const m = useMoreT();
  const lang = useLang();
  const types = vocabulary.types.filter((type) => incidents.some((i) => i.type === type.id));
  const kinds = [...new Set(sites.map((s) => s.properties.kind))].filter((k) => k !== 'district' && k !== 'security_zone' && k !== 'city') as SiteKind[];
  return (
    <div class="legend">
      {hasAreas ? <><h3>{m.legendHeldBy}</h3><ul>
        {actors.map((a) => (
          <li key={a.id}><span class="swatch" aria-hidden="true" style={{ '--swatch': a.colour }} />{a.name}</li>
        ))}
        <li><span class="swatch swatch-contested" aria-hidden="true" style={{ '--swatch': '#777' }} />{m.legendContested}</li>
        <li><span class="swatch swatch-recent" aria-hidden="true" />{m.legendRecent}</li>
        <li><span class="swatch swatch-schematic" aria-hidden="true" />{m.legendSchematic}</li>
        {/* While the Claims switch is on: its marks. */}
        {claimsOn ? <li><span class="swatch swatch-claimed" aria-hidden="true" />{m.legendClaimed}</li> : null}
      </ul></> : <p class="legend-note">{t.noAreas}</p>}
      <h3>{m.legendIncidents}</h3>
      <ul class="legend-icons">
        {types.map((type) => (
          <li key={type.id}><GlyphIcon class="legend-icon" html={incidentIconHtml(type.glyph)} />
            {typeName(vocabulary, type.id, { lang, builtIn: t.incidentTypes })}</li>
        ))}
        <li><span class="swatch swatch-uncertainty" aria-hidden="true" />{m.legendUncertainty}</li>
        <li><span class="swatch swatch-fire-line" aria-hidden="true" />{m.legendFireLine}</li>
      </ul>
      {/* The timeline's rows of marks: by shape and name as well as by colour. */}
      <h3>{t.timeline}</h3>
      <ul class="legend-icons legend-timeline">
        {vocabulary.layers.map((layer) => (
          <li key={layer.id}><GlyphIcon class="legend-icon" html={layerMarkHtml(layer)} />
            {layerName(vocabulary, layer.id, { lang, builtIn: m.layerLabels, long: true })}</li>
        ))}
        {hasAreas ? <li><span class="swatch swatch-change" aria-hidden="true" />{m.legendChange}</li> : null}
      </ul>
      {kinds.length > 0 ? <>
        <h3>{m.legendSites}</h3>
        <ul class="legend-icons">
          {kinds.map((k) => (
            <li key={k}><GlyphIcon class="legend-icon" html={siteIconHtml(k)} />{m.siteKinds[k]}</li>
          ))}
        </ul>
      </> : null}
      <p class="legend-note">{m.legendFade}</p>
    </div>
  );
}

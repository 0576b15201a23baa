// About the data: every source, and which shapes are schematic or approximate.
import { citeSource, safeHref } from '../../core/describe';
import { useApp } from '../store-context';

export function AboutPanel() {
  const dataset = useApp((s) => s.dataset);
  if (!dataset) return null;
  const { manifest, sources, sites, basemap } = dataset;
  const byPrecision = (p: string) => sites.filter((s) => s.properties.geometry_precision === p);
  return (
    <div class="about">
      <p>{manifest.description}</p>
      {manifest.note ? <p class="about-note">{manifest.note}</p> : null}
      <h3>How exact the shapes are</h3>
      <dl class="about-shapes">
        {(['schematic', 'approximate', 'exact'] as const).map((p) => {
          const list = byPrecision(p);
          if (list.length === 0) return null;
          return [
            <dt key={`${p}-t`}>{p === 'schematic' ? 'Schematic zones (not surveyed boundaries)' : p === 'approximate' ? 'Approximate positions' : 'Exact positions'}</dt>,
            <dd key={`${p}-d`}>{list.map((s) => s.properties.name.en).join(', ')}</dd>,
          ];
        })}
        {basemap.length > 0 ? [
          <dt key="b-t">Basemap</dt>,
          <dd key="b-d">The river, border, roads and city outline are drawn schematically from written descriptions, so the map works with no network.</dd>,
        ] : null}
      </dl>
      <h3>Sources ({sources.length})</h3>
      <ul class="about-sources" aria-label="All sources">
        {sources.map((s) => {
          const href = safeHref(s.url);
          return (
            <li key={s.id}>
              {href ? <a href={href} target="_blank" rel="noopener noreferrer">{citeSource(s)}</a> : citeSource(s)}
              {s.note ? <span class="source-note"> — {s.note}</span> : null}
            </li>
          );
        })}
      </ul>
      <p class="about-meta">Dataset {manifest.id}, version {manifest.version}. Times are local ({manifest.timezone}).</p>
    </div>
  );
}

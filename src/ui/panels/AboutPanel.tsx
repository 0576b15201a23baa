// About the data: every source, which shapes are schematic or approximate (and where the country
// borders come from, when the map draws them), and the corrections made.
import './panels.css';
import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';
import { TIME_WORDS } from '../../core/time-words';
import { citeSource, safeHref } from '../../core/source-text';
import { formatCount } from '../../core/locale';
import { needsCountryBorders } from '../../core/needs-country-borders';
import { useApp } from '../store-context';
import { PlaceName } from '../PlaceName';
import { ChangelogSection } from './ChangelogSection';
import { useLang } from '../use-t';
import { useMoreT } from '../use-more-t';

export function AboutPanel() {
  const dataset = useApp((s) => s.dataset);
  const m = useMoreT();
  const lang = useLang();
  const borders = useMemo(() => dataset !== null && needsCountryBorders(dataset), [dataset]);
  if (!dataset) return null;
  const { manifest, sources, sites, basemap, changelog } = dataset;
  const byPrecision = (p: string) => sites.filter((s) => s.properties.geometry_precision === p);
  return (
    <div class="about">
      <p lang="en" dir="auto">{manifest.description}</p>
      {manifest.note ? <p class="about-note" lang="en" dir="auto">{manifest.note}</p> : null}
      <ChangelogSection entries={changelog} />
      <h3>{m.howExact}</h3>
      <dl class="about-shapes">
        {(['schematic', 'approximate', 'exact'] as const).map((p) => {
          const list = byPrecision(p);
          if (list.length === 0) return null;
          return [
            <dt key={`${p}-t`}>{p === 'schematic' ? m.schematicZones : p === 'approximate' ? m.approximatePositions : m.exactPositions}</dt>,
            <dd key={`${p}-d`}>{list.map((s, i) => <Fragment key={s.id}>{i > 0 ? TIME_WORDS[lang].comma : ''}<PlaceName name={s.properties.name} /></Fragment>)}</dd>,
          ];
        })}
        {basemap.length > 0 ? [
          <dt key="b-t">{m.basemap}</dt>,
          <dd key="b-d">{m.basemapNote}</dd>,
        ] : null}
        {borders ? [
          <dt key="nb-t">{m.countryBorders}</dt>,
          <dd key="nb-d">{m.countryBordersNote}</dd>,
        ] : null}
      </dl>
      <h3>{m.sourcesCount(formatCount(sources.length, lang))}</h3>
      <ul class="about-sources" aria-label={m.allSources} lang="en" dir="auto">
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
      <p class="about-meta">{m.datasetMeta(manifest.id, manifest.version, manifest.timezone)}</p>
    </div>
  );
}

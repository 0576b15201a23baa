// Checkboxes that show and hide the map's layers (areas and places only for a dataset that has them),
// and the Claims switch (given by the app: it loads on its own, and importing it here would pull its
// loader out of the first-load bundle's chunk).
import './panels.css';
import type { ComponentChildren } from 'preact';
import { layerIds } from '../../core/layers';
import { DEFAULT_VOCABULARY, layerName } from '../../core/vocabulary';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { useMoreT } from '../use-more-t';

export function LayerToggles({ children }: { children?: ComponentChildren }) {
  const store = useAppStore();
  const layers = useApp((s) => s.layers);
  const vocabulary = useApp((s) => s.index?.vocabulary ?? DEFAULT_VOCABULARY);
  // A dataset of incidents only has no areas, and may have no places: no switch for what is not there.
  const hasAreas = useApp((s) => (s.dataset?.control.initial.length ?? 0) > 0);
  const hasSites = useApp((s) => (s.dataset?.sites.length ?? 0) > 0);
  const t = useT();
  const m = useMoreT();
  const lang = useLang();
  return (
    <fieldset class="layer-toggles">
      <legend>{t.panelLayers}</legend>
      {layerIds(vocabulary).filter((id) => (id !== 'control' || hasAreas) && (id !== 'sites' || hasSites)).map((id) => (
        <label key={id}>
          <input type="checkbox" checked={layers.includes(id)}
            onChange={(e) => store.getState().setLayerVisible(id, (e.currentTarget as HTMLInputElement).checked)} />
          {layerName(vocabulary, id, { lang, builtIn: m.layerLabels, long: true })}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

// Checkboxes that show and hide the map's layers, and the Claims switch (given by the app: it loads
// on its own, and importing it here would pull its loader out of the first-load bundle's chunk).
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
  const t = useT();
  const m = useMoreT();
  const lang = useLang();
  return (
    <fieldset class="layer-toggles">
      <legend>{t.panelLayers}</legend>
      {layerIds(vocabulary).map((id) => (
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

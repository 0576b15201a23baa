// Checkboxes that show and hide the map's layers, and the Claims switch.
import { layerIds } from '../../core/layers';
import { DEFAULT_VOCABULARY, layerName } from '../../core/vocabulary';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { ClaimsSwitch } from './lazy-claims';

export function LayerToggles() {
  const store = useAppStore();
  const layers = useApp((s) => s.layers);
  const vocabulary = useApp((s) => s.index?.vocabulary ?? DEFAULT_VOCABULARY);
  const t = useT();
  const lang = useLang();
  return (
    <fieldset class="layer-toggles">
      <legend>{t.panelLayers}</legend>
      {layerIds(vocabulary).map((id) => (
        <label key={id}>
          <input type="checkbox" checked={layers.includes(id)}
            onChange={(e) => store.getState().setLayerVisible(id, (e.currentTarget as HTMLInputElement).checked)} />
          {layerName(vocabulary, id, { lang, builtIn: t.layerLabels, long: true })}
        </label>
      ))}
      <ClaimsSwitch />
    </fieldset>
  );
}

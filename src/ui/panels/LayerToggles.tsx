// Checkboxes that show and hide the map's layers, and the Claims switch.
import { LAYER_IDS } from '../../core/layers';
import { useApp, useAppStore } from '../store-context';
import { useT } from '../use-t';
import { ClaimsSwitch } from './lazy-claims';

export function LayerToggles() {
  const store = useAppStore();
  const layers = useApp((s) => s.layers);
  const t = useT();
  return (
    <fieldset class="layer-toggles">
      <legend>{t.panelLayers}</legend>
      {LAYER_IDS.map((id) => (
        <label key={id}>
          <input type="checkbox" checked={layers.includes(id)}
            onChange={(e) => store.getState().setLayerVisible(id, (e.currentTarget as HTMLInputElement).checked)} />
          {t.layerLabels[id]}
        </label>
      ))}
      <ClaimsSwitch />
    </fieldset>
  );
}

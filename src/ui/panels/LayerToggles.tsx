// Checkboxes that show and hide the map's layers.
import { LAYER_IDS, LAYER_LABELS } from '../../core/layers';
import { useApp, useAppStore } from '../store-context';

export function LayerToggles() {
  const store = useAppStore();
  const layers = useApp((s) => s.layers);
  return (
    <fieldset class="layer-toggles">
      <legend>Layers</legend>
      {LAYER_IDS.map((id) => (
        <label key={id}>
          <input type="checkbox" checked={layers.includes(id)}
            onChange={(e) => store.getState().setLayerVisible(id, (e.currentTarget as HTMLInputElement).checked)} />
          {LAYER_LABELS[id]}
        </label>
      ))}
    </fieldset>
  );
}

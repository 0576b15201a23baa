// Incident marks for the moment shown: DOM markers while few, one canvas when crowded. This layer
// only chooses between the two, by how many incidents the moment shows.
import type * as L from 'leaflet';
import { selectVisibleIncidents } from '../store/selectors';
import type { DenseIncidentsLayer } from './dense-incidents-layer';
import { DENSE_AT } from './dense-at';
import { IncidentMarkersLayer } from './incident-markers-layer';
import { StoreLayer } from './store-layer';

export class IncidentsLayer extends StoreLayer {
  private readonly markers = new IncidentMarkersLayer(this.store, this.ctx);
  /** Loaded the first time a moment is crowded. */
  private dense: DenseIncidentsLayer | null = null;
  private denseLoading: Promise<void> | null = null;
  private map: L.Map | null = null;
  private crowded = false;

  protected build(map: L.Map): void {
    this.map = map;
    // Watched before either mode's layer is added: on a change, the mode is settled before the
    // layers of both modes hear of it, so the one leaving does not draw the new moment first.
    this.watch((s) => selectVisibleIncidents(s).length > DENSE_AT, (crowded) => this.show(crowded));
  }

  protected reset(): void {
    this.map = null;
    this.crowded = false;
  }

  /** Resolves once the marks for the moment shown are drawn (after the canvas code, when crowded). */
  override whenDrawn(): Promise<void> {
    // Once loaded, the promise of the canvas code is settled: waiting on it costs nothing.
    return (this.crowded && this.denseLoading) || Promise.resolve();
  }

  private show(crowded: boolean): void {
    this.crowded = crowded;
    const wanted = crowded ? this.dense : this.markers;
    for (const layer of [this.markers, this.dense]) {
      // A feature group ignores the removal of a layer it does not hold.
      if (layer && layer !== wanted) this.group.removeLayer(layer);
    }
    if (wanted) this.group.addLayer(wanted);
    else this.loadDense();
  }

  private loadDense(): void {
    this.denseLoading ??= import('./dense-incidents-layer').then(({ DenseIncidentsLayer }) => {
      this.dense = new DenseIncidentsLayer(this.store, this.ctx);
      if (this.map && this.crowded) this.show(true);
    });
  }
}

// A Leaflet layer driven by the store: it builds its marks in onAdd, watches store slices, and
// releases every subscription and mark in onRemove.
import * as L from 'leaflet';
import { shallow } from 'zustand/vanilla/shallow';
import type { AppState, AppStore } from '../store/store';
import type { PopupContext } from './popup';

export abstract class StoreLayer extends L.Layer {
  protected readonly group = L.featureGroup();
  private readonly unsubscribes: (() => void)[] = [];

  constructor(protected readonly store: AppStore, protected readonly ctx: PopupContext) {
    super();
  }

  /** Creates the layer's marks in `this.group` and starts watching the store. */
  protected abstract build(map: L.Map): void;

  /** Forgets the layer's own bookkeeping after its marks are gone. */
  protected abstract reset(): void;

  /** Calls `listener` now and whenever the selected slice changes (compared shallowly). */
  protected watch<T>(selector: (s: AppState) => T, listener: (value: T, prev: T) => void): void {
    this.unsubscribes.push(this.store.subscribe(selector, listener, { equalityFn: shallow, fireImmediately: true }));
  }

  /** Resolves once the layer has drawn the moment shown (most layers draw as they are added). */
  whenDrawn(): Promise<void> {
    return Promise.resolve();
  }

  override onAdd(map: L.Map): this {
    this.group.addTo(map);
    this.build(map);
    return this;
  }

  override onRemove(map: L.Map): this {
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
    map.removeLayer(this.group);
    this.group.clearLayers();
    this.reset();
    return this;
  }
}

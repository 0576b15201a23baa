// Keyboard and screen-reader access to marks drawn on canvas: one focusable listbox over the map
// whose only option is the mark the keyboard is on. Arrow keys move between marks in view (the
// canvas rings the one reached), Enter or Space opens it as a click does. One element whatever the
// number of marks, so that a time step costs the page no DOM per mark.
import './mark-keys.css';
import type * as L from 'leaflet';
import { el } from './dom';
import type { ArrowDirection } from './mark-neighbour';
import type { PointCanvas } from './point-canvas';

const ARROWS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

let made = 0;

export interface MarkKeysOptions {
  canvas: PointCanvas;
  /** The listbox's name, for this many marks on the map. */
  label: (count: number) => string;
  /** What a mark is, read out when the keyboard reaches it. */
  describe: (id: string) => string;
  /** Enter or Space on a mark. */
  onPick: (id: string) => void;
}

export class MarkKeys {
  private readonly box: HTMLElement;
  private readonly option: HTMLElement;
  private readonly options: MarkKeysOptions;
  private readonly id: string;
  private map: L.Map | null = null;
  private active: string | null = null;
  private count = -1;
  private label = '';

  constructor(options: MarkKeysOptions) {
    this.options = options;
    this.id = `mark-keys-${++made}`;
    this.option = el('div', { role: 'option', 'aria-selected': 'true' });
    this.box = el('div', { class: 'mark-keys', role: 'listbox', tabindex: '0' }, this.option);
    this.box.addEventListener('keydown', this.onKey);
    this.box.addEventListener('focus', this.onFocus);
    this.box.addEventListener('blur', () => options.canvas.setFocused(null));
  }

  /** Puts the listbox over the map (last in its tab order, after the map's own controls). */
  addTo(map: L.Map): this {
    this.map = map;
    map.getContainer().append(this.box);
    return this;
  }

  remove(): void {
    this.box.remove();
    this.options.canvas.setFocused(null);
    this.map = null;
  }

  /** The marks shown are now these many; the mark the keyboard was on stays while shown. */
  setCount(count: number): void {
    if (count === this.count) return;
    this.count = count;
    this.relabel();
  }

  /** The words changed (another language): the name is said anew. */
  relabel(): void {
    const label = this.options.label(Math.max(0, this.count));
    // Only a changed name is written: a time step that keeps the count touches no DOM.
    if (label !== this.label) this.box.setAttribute('aria-label', (this.label = label));
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      // At the last mark in that direction, the keyboard stays where it is.
      const to = this.options.canvas.neighbour(this.active, direction);
      if (to) this.show(to.id);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.active !== null) {
      e.preventDefault();
      this.options.onPick(this.active);
    } else if (e.key === 'Escape') {
      this.map?.closePopup();
    }
  };

  /** Focus comes back to the mark it left, if still shown; otherwise to the mark nearest the map's centre. */
  private readonly onFocus = (): void => {
    const { canvas } = this.options;
    this.show(this.active !== null && canvas.shows(this.active) ? this.active : canvas.neighbour(null, 'right')?.id ?? null);
  };

  private show(id: string | null): void {
    this.active = id;
    this.options.canvas.setFocused(id);
    if (id === null) {
      this.box.removeAttribute('aria-activedescendant');
      this.option.textContent = '';
      return;
    }
    // A new id for each mark reached: screen readers read an active descendant when it changes.
    this.option.id = `${this.id}-${++made}`;
    this.option.textContent = this.options.describe(id);
    this.box.setAttribute('aria-activedescendant', this.option.id);
  }
}

// Where a popup of details opens: by its mark on a wide map; as a sheet, in a pane outside the
// panes that move with the map, on a narrow one (the sheet's look and touch are tested in Chromium,
// tests/e2e/phone-details.test.ts).
import type * as L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { clearMapsAfterEach, jsdomMap } from '../helpers/jsdom-map';
import { DetailsPopup } from '../../src/map/details-popup';

clearMapsAfterEach();

function open(on: L.Map): DetailsPopup {
  const body = document.createElement('article');
  body.append(Object.assign(document.createElement('h2'), { textContent: 'An invented incident' }));
  return new DetailsPopup({ maxWidth: 340 }).setLatLng([37.05, 41.22]).setContent(body).openOn(on);
}

describe('a popup of details', () => {
  it('opens by its mark, in the popup pane, on a map 560 px wide or more', () => {
    const on = jsdomMap(800);
    const popup = open(on);
    expect(on.getPane('popupPane')?.contains(popup.getElement() ?? null)).toBe(true);
    expect(popup.options.autoPan).toBe(true);
  });

  it('opens as a sheet on a narrower map: outside the map pane, not panning as a popup does, named by its title; Escape closes it', async () => {
    const on = jsdomMap(360);
    const popup = open(on);
    const sheet = popup.getElement() as HTMLElement;
    expect(on.getPane('mapPane')?.contains(sheet)).toBe(false);
    expect(on.getContainer().contains(sheet)).toBe(true);
    expect(popup.options.autoPan).toBe(false);
    // The sheet's code loads with the popup bodies.
    await vi.waitFor(() => expect(sheet.getAttribute('role')).toBe('dialog'));
    const title = document.getElementById(sheet.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('An invented incident');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popup.isOpen()).toBe(false);
    expect(sheet.getAttribute('role')).toBeNull();
  });

  it('opens by its mark again once the map is wide', async () => {
    const on = jsdomMap(360);
    const popup = open(on);
    await vi.waitFor(() => expect(popup.getElement()?.classList.contains('is-sheet')).toBe(true));
    popup.close();
    Object.defineProperty(on.getContainer(), 'clientWidth', { value: 900 });
    on.invalidateSize();
    popup.openOn(on);
    expect(on.getPane('popupPane')?.contains(popup.getElement() ?? null)).toBe(true);
    expect(popup.getElement()?.classList.contains('is-sheet')).toBe(false);
  });
});

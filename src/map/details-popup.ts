// A popup that, on a narrow map, opens as a sheet along the map's bottom edge: it goes into a pane
// outside the panes that move with the map, and the sheet's code and look (details-sheet.ts) load
// with the popup bodies. Bound and opened like any Leaflet popup, so selection works as before.
import * as L from 'leaflet';
import { loadPopupBuilders } from './lazy-popup';

/** Below this map width (px) a 340-px popup, beside the zoom buttons, covers most of the map. */
const SHEET_BELOW = 560;

export class DetailsPopup extends L.Popup {
  /** Whether the layer asked the popup to pan the map into view (a sheet pans in its own way). */
  private readonly pans = this.options.autoPan !== false;

  override onAdd(map: L.Map): this {
    const sheet = map.getSize().x < SHEET_BELOW;
    // Hidden until the sheet's stylesheet, which shows it, has loaded.
    if (!map.getPane('sheetPane')) map.createPane('sheetPane', map.getContainer()).style.visibility = 'hidden';
    this.options.pane = sheet ? 'sheetPane' : 'popupPane';
    this.options.autoPan = !sheet && this.pans;
    super.onAdd(map);
    if (sheet) void loadPopupBuilders().then((b) => b.attachSheet(this, map, this.pans));
    return this;
  }
}

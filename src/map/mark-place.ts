// Where a canvas mark sits, with its position in world pixels kept for the zoom it was last asked
// at: a time step changes which marks are shown, not where they are, so their positions are read
// back rather than projected again (or looked up by id). Pure, so that it is tested in Node.

import type { LatLngTuple } from 'leaflet';

/** A mark's place; every look of one mark (its fades) shares it. */
export interface MarkPlace {
  readonly latLng: LatLngTuple;
  /** World pixels at `zoom`; NaN until projected. */
  x: number;
  y: number;
  zoom: number;
}

/** A place not yet projected. */
export function markPlace(latLng: LatLngTuple): MarkPlace {
  return { latLng, x: NaN, y: NaN, zoom: NaN };
}

export interface PlacePositionsOptions {
  zoom: number;
  /**
   * World pixels of a lat-lng at `zoom` (the map's project). The same at every pan, so only a new
   * zoom calls it again; every map here is in Web Mercator, so a place serves any of them.
   */
  project: (latLng: LatLngTuple, zoom: number) => { x: number; y: number };
}

/** The world-pixel positions of the items' places at a zoom, x and y interleaved, projecting only places not yet at that zoom. */
export function placePositions(items: ArrayLike<{ place: MarkPlace }>, { zoom, project }: PlacePositionsOptions): Float64Array {
  const xy = new Float64Array(items.length * 2);
  for (let i = 0; i < items.length; i++) {
    const place = (items[i] as { place: MarkPlace }).place;
    if (place.zoom !== zoom) {
      const p = project(place.latLng, zoom);
      place.x = p.x;
      place.y = p.y;
      place.zoom = zoom;
    }
    xy[2 * i] = place.x;
    xy[2 * i + 1] = place.y;
  }
  return xy;
}

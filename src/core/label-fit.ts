// Which labels to show where they crowd: each in turn is shown where it covers none shown before it,
// as a map thins its labels at low zooms (the first have priority). The map's "was" lines and the
// pictures' use this one rule, with one size for a line (wasLabelBox), so that both show the same.
import { textWidth } from './render/text-width';

export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** For each box in order, whether it is shown: it is when it keeps `gap` pixels clear of every box shown before it. */
export function labelsThatFit(boxes: readonly LabelBox[], gap = 2): boolean[] {
  const shown: LabelBox[] = [];
  return boxes.map((b) => {
    const clear = shown.every((s) => b.left >= s.left + s.width + gap || s.left >= b.left + b.width + gap
      || b.top >= s.top + s.height + gap || s.top >= b.top + b.height + gap);
    if (clear) shown.push(b);
    return clear;
  });
}

/** A "was: <holder>" line's box and parts: 10.5 px bold italic on a padded ground, a swatch before the text, at `unit` scale. */
export interface WasLabelBox extends LabelBox {
  size: number;
  swatch: number;
  gap: number;
  pad: number;
}

/**
 * The box of a "was" line for an area whose centre is at (x, y): centred on x, its top `below` pixels
 * under y (under the area's name or a point's mark), or centred on y when `below` is null.
 */
export function wasLabelBox({ x, y, below, text }: { x: number; y: number; below: number | null; text: string }, unit = 1): WasLabelBox {
  const size = 10.5 * unit;
  const swatch = 0.7 * size;
  const gap = 0.3 * size;
  const pad = 3 * unit;
  const width = pad * 2 + swatch + gap + textWidth(text, size, true);
  const height = size * 1.35;
  return { left: x - width / 2, top: below === null ? y - height / 2 : y + below, width, height, size, swatch, gap, pad };
}

// Parses a picture's SVG as XML (as a browser loading an .svg file would), failing on malformed markup.
import { JSDOM } from 'jsdom';

export function parseSvg(svg: string): Document {
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** The colour an element is painted with: its fill, or the stripe colour of the hatch pattern it refers to. */
export function paintColour(doc: Document, el: Element, attr: 'fill' | 'stroke' = 'fill'): string | null {
  const value = el.getAttribute(attr);
  const ref = value?.match(/^url\(#([^)]+)\)$/);
  if (!ref) return value;
  return doc.getElementById(ref[1] as string)?.querySelector('rect[width="4"]')?.getAttribute('fill') ?? null;
}

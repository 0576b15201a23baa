// SVG hatch patterns for contested areas, one per controller colour, shared by every path.
import type { Actor } from '../core/types';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const hatchId = (actorId: string) => `hatch-${actorId}`;

/** Adds (once) a hidden <svg> holding a diagonal hatch per actor; returns a remover. */
export function installHatchPatterns(doc: Document, actors: readonly Actor[]): () => void {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  const defs = doc.createElementNS(SVG_NS, 'defs');
  for (const actor of actors) {
    const pattern = doc.createElementNS(SVG_NS, 'pattern');
    pattern.id = hatchId(actor.id);
    for (const [k, val] of Object.entries({ patternUnits: 'userSpaceOnUse', width: '8', height: '8', patternTransform: 'rotate(45)' })) {
      pattern.setAttribute(k, val);
    }
    const bg = doc.createElementNS(SVG_NS, 'rect');
    for (const [k, val] of Object.entries({ width: '8', height: '8', fill: '#ffffff', 'fill-opacity': '0.55' })) bg.setAttribute(k, val);
    const stripe = doc.createElementNS(SVG_NS, 'rect');
    for (const [k, val] of Object.entries({ width: '4', height: '8', fill: actor.colour })) stripe.setAttribute(k, val);
    pattern.append(bg, stripe);
    defs.append(pattern);
  }
  svg.append(defs);
  doc.body.append(svg);
  return () => svg.remove();
}

// SVG hatch patterns for contested areas, one per controller colour, shared by every path.
import type { Actor } from '../core/types';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const hatchId = (actorId: string) => `hatch-${actorId}`;

/** Adds (once) a hidden <svg> holding a diagonal hatch per actor; returns a remover. */
export function installHatchPatterns(doc: Document, actors: readonly Actor[]): () => void {
  const make = (name: string, attributes: Record<string, string>, ...children: SVGElement[]) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, val] of Object.entries(attributes)) node.setAttribute(k, val);
    node.append(...children);
    return node;
  };
  const patterns = actors.map((actor) => make('pattern', { id: hatchId(actor.id), patternUnits: 'userSpaceOnUse', width: '8', height: '8', patternTransform: 'rotate(45)' },
    make('rect', { width: '8', height: '8', fill: '#ffffff', 'fill-opacity': '0.55' }),
    make('rect', { width: '4', height: '8', fill: actor.colour })));
  const svg = make('svg', { 'aria-hidden': 'true', width: '0', height: '0' }, make('defs', {}, ...patterns));
  svg.style.position = 'absolute';
  doc.body.append(svg);
  return () => svg.remove();
}

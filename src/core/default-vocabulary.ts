// The vocabulary a dataset uses when its manifest declares none: the Qamishlo data's incident types
// and layers (its sides: sides.ts), so every dataset and link written before vocabularies keeps its meaning.
import type { GlyphName, MarkShape } from './glyph-names';

export type { GlyphName, MarkShape };

export type DefaultLayer = 'mortar' | 'clash' | 'capture' | 'talks';

/**
 * The built-in incident types, each drawn with the glyph of its own name, and the layer each is shown
 * in; in the app's legend's order.
 */
export const DEFAULT_TYPE_LAYERS: Readonly<Record<GlyphName, DefaultLayer>> = {
  clash: 'clash', mortar: 'mortar', artillery: 'mortar', siege: 'clash', attack: 'clash',
  capture: 'capture', arrest: 'capture', exchange: 'capture', talks: 'talks', ceasefire: 'talks', statement: 'talks',
};

/**
 * The built-in incident layers (ids appear in links: keep them stable). Each colour keeps 3:1
 * contrast with the basemap (WCAG 1.4.11): mortar is a shade darker than the glyphs' #d55e00 for it.
 */
export const DEFAULT_LAYERS: readonly { id: DefaultLayer; colour: string; mark: MarkShape }[] = [
  { id: 'mortar', colour: '#d05a00', mark: 'triangle' },
  { id: 'clash', colour: '#1b1b1b', mark: 'circle' },
  { id: 'capture', colour: '#6a3d9a', mark: 'square' },
  { id: 'talks', colour: '#0072b2', mark: 'plus' },
];

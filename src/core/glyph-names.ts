// The names a manifest may give an incident type's glyph and a layer's mark: what the renderer can
// draw (src/marks). Apart from default-vocabulary.ts, so only the schema (loaded on demand) holds the lists.

/** The glyphs the renderer can draw for an incident type, named after the built-in type that first used each. */
export const GLYPHS = [
  'clash', 'mortar', 'artillery', 'capture', 'siege', 'arrest', 'attack', 'talks', 'ceasefire',
  'statement', 'exchange',
] as const;
export type GlyphName = (typeof GLYPHS)[number];

/** The small marks an incident layer is drawn with where glyphs would crowd (timeline rows, dense map). */
export const MARK_SHAPES = ['triangle', 'circle', 'square', 'plus'] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

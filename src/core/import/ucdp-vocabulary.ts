// UCDP GED's codebook as our vocabulary: its types of violence as layers and incident types, and the
// sides its actors take. Facts: docs/research/acled-ucdp-codebooks.md §2.1–2.2.
import type { CodebookLayer, CodebookSide } from './codebook';
import type { ImportedType } from './imported-event';

export const UCDP_LAYERS: readonly CodebookLayer[] = [
  { id: 'state_based', name: 'State-based conflict', colour: '#1b1b1b', mark: 'circle' },
  { id: 'non_state', name: 'Non-state conflict', colour: '#6a3d9a', mark: 'square' },
  { id: 'one_sided', name: 'One-sided violence', colour: '#a0203c', mark: 'triangle' },
];

/** type_of_violence 1, 2, 3: each its own type and layer. */
export const UCDP_TYPES: Readonly<Record<string, ImportedType>> = {
  1: { name: 'State-based conflict', glyph: 'clash', layer: 'state_based' },
  2: { name: 'Non-state conflict', glyph: 'clash', layer: 'non_state' },
  3: { name: 'One-sided violence', glyph: 'attack', layer: 'one_sided' },
};

export const UCDP_SIDES: readonly CodebookSide[] = [
  { id: 'state', name: 'States (governments)', colour: '#0072b2' },
  { id: 'non_state', name: 'Non-state groups', colour: '#d55e00' },
  { id: 'civilians', name: 'Civilians', colour: '#7f7f7f' },
];

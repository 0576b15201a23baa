// Casualty claims grouped by who makes them (figures from two sources are never merged), and made
// ready to be worded in the reader's language: each catalogue words a claim its own way. The
// catalogues word the built-in sides; a dataset's own side is worded as "other", named as it declares.
import { formatCount } from './locale';
import type { Lang } from './names';
import { pluralCategory } from './plural';
import type { CasualtyClaim, Incident } from './types';
import { sidesOf, type DefaultSide } from './sides';
import { DEFAULT_VOCABULARY, declaredName, type Vocabulary } from './vocabulary';

/** A claim as a catalogue words it: its figure in the reader's digits, and the plural category it takes. */
export interface ClaimParts {
  kind: CasualtyClaim['kind'];
  /** A built-in side; `other` for a side the dataset declares (its name is then the group). */
  side: DefaultSide;
  qualifier: CasualtyClaim['qualifier'];
  /** Who, as the source put it (in the language the data was written in). */
  group: string | undefined;
  /** "10", "22–31", "١٠", or a best estimate with its range: "12 (9–15)". */
  figure: string;
  /** The category of the figure (of a range's upper end) in the reader's language. */
  plural: Intl.LDMLPluralRule;
}

export function claimParts(c: CasualtyClaim, lang: Lang, vocabulary: Vocabulary = DEFAULT_VOCABULARY): ClaimParts {
  const range = c.count_max !== undefined && c.count_max !== c.count;
  const top = range ? c.count_max ?? c.count : c.count;
  const shown = range ? `${formatCount(c.count, lang)}–${formatCount(top, lang)}` : formatCount(c.count, lang);
  // A best estimate with the claimant's own low and high (UCDP's): "12 (9–15)", never one merged figure.
  const figure = c.low !== undefined && c.high !== undefined ? `${shown} (${formatCount(c.low, lang)}–${formatCount(c.high, lang)})` : shown;
  const declared = sidesOf(vocabulary).get(c.side);
  const named = declaredName(declared?.people ?? declared?.name, lang);
  const side = named === undefined && isDefaultSide(c.side) ? c.side : 'other';
  return { kind: c.kind, side, qualifier: c.qualifier, group: c.group ?? named, figure, plural: pluralCategory(top, lang) };
}

function isDefaultSide(s: string): s is DefaultSide {
  return s === 'kurdish' || s === 'government' || s === 'civilian' || s === 'other';
}

export interface ClaimGroup {
  claimant: string;
  source: string;
  claims: CasualtyClaim[];
}

/** Claims grouped by claimant and source, in the record's order. */
export function claimsByClaimant(incident: Pick<Incident, 'casualties'>): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const c of incident.casualties) {
    let g = groups.find((x) => x.claimant === c.claimant && x.source === c.source);
    if (!g) {
      g = { claimant: c.claimant, source: c.source, claims: [] };
      groups.push(g);
    }
    g.claims.push(c);
  }
  return groups;
}

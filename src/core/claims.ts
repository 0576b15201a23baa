// Casualty claims in words, grouped by who makes them: figures from two sources are never merged.
import type { CasualtyClaim, Incident } from './types';

const QUALIFIER: Record<CasualtyClaim['qualifier'], string> = {
  exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ',
};

const KIND: Record<CasualtyClaim['kind'], string> = {
  killed: 'killed', wounded: 'wounded', killed_or_wounded: 'killed or wounded',
  captured: 'captured', surrendered: 'surrendered',
};

const SIDE: Record<CasualtyClaim['side'], string> = {
  kurdish: 'Kurdish forces', government: 'government side', civilian: 'civilians', other: 'people',
};

/** "at least 10 NDF fighters killed". */
export function describeClaim(c: CasualtyClaim): string {
  const count = c.count_max !== undefined && c.count_max !== c.count ? `${c.count}–${c.count_max}` : String(c.count);
  return `${QUALIFIER[c.qualifier]}${count} ${c.group ?? SIDE[c.side]} ${KIND[c.kind]}`;
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

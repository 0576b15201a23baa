// Casualty figures over many incidents, kept as claims: listed per claimant with the incident each
// belongs to, and never added up, neither across claimants (two sources' numbers are never merged)
// nor within one (its statements may count the same dead twice).
import type { CasualtyClaim, Incident } from './types';

export interface ClaimantClaims {
  claimant: string;
  /** Each claim with the incident it is about, in the incidents' order, then the record's. */
  claims: { incident: string; claim: CasualtyClaim }[];
}

/** The claims of the incidents grouped by claimant, claimants in order of first appearance. */
export function claimsOfIncidents(incidents: readonly Incident[]): ClaimantClaims[] {
  const groups = new Map<string, ClaimantClaims>();
  for (const incident of incidents) {
    for (const claim of incident.casualties) {
      let g = groups.get(claim.claimant);
      if (!g) {
        g = { claimant: claim.claimant, claims: [] };
        groups.set(claim.claimant, g);
      }
      g.claims.push({ incident: incident.id, claim });
    }
  }
  return [...groups.values()];
}

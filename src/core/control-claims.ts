// Claims of control beside the assessed control: for a moment (a range is read at its end, as its
// control is), each area's assessed state and the claims in force, and the areas a party claims otherwise.
import type { AreaState } from './control';
import type { ControlClaim } from './types';

/** An area's assessed state at a moment with the claims in force then. */
export interface AreaClaims {
  state: AreaState;
  /** Every claim in force, in the record's order. */
  claims: readonly ControlClaim[];
  /** Those that name another holder than the assessment. */
  otherwise: readonly ControlClaim[];
}

/** The claims of an area's state in force at t: a claim holds while its record does, from its own `start` if it has one. */
export function claimsInForce(state: AreaState, t: number): readonly ControlClaim[] {
  if (state.claims.length === 0) return state.claims;
  return state.claims.filter((c) => c.start === undefined || Date.parse(c.start) <= t);
}

/** True when the claim names a holder other than the assessment's. */
export const claimsOtherwise = (claim: ControlClaim, state: AreaState): boolean => claim.controller !== state.controller;

/** One area's assessment with the claims in force at t. */
export function areaClaims(state: AreaState, t: number): AreaClaims {
  const claims = claimsInForce(state, t);
  return { state, claims, otherwise: claims.filter((c) => claimsOtherwise(c, state)) };
}

/**
 * The areas with any claim in force at t, from the areas' states at t (control.ts controlStateAt,
 * which the map and the table have already computed), in their order.
 */
export function claimsAt(states: readonly AreaState[], t: number): AreaClaims[] {
  const out: AreaClaims[] = [];
  for (const state of states) {
    if (state.claims.length === 0) continue;
    const area = areaClaims(state, t);
    if (area.claims.length > 0) out.push(area);
  }
  return out;
}

/** The areas where, at t, a party claims a holder other than the assessment's. */
export function claimedOtherwiseAt(states: readonly AreaState[], t: number): AreaClaims[] {
  return claimsAt(states, t).filter((a) => a.otherwise.length > 0);
}

/** Whether any record of the dataset carries claims (the Claims switch is offered only then). */
export function hasClaims(control: { initial: readonly { claims?: readonly unknown[] | undefined }[]; changes: readonly { claims?: readonly unknown[] | undefined }[] }): boolean {
  const carries = (r: { claims?: readonly unknown[] | undefined }) => (r.claims?.length ?? 0) > 0;
  return control.initial.some(carries) || control.changes.some(carries);
}

// The claims a control record carries: each names known actors and sources, starts inside the extent
// and not before its record, and, marked as the assessment, agrees with the record's controller. A
// bad claim is left out (and reported) and its record kept: without the record, the area's later
// changes would no longer follow on.
import { showValue } from '../records';
import type { ControlClaim } from '../types';
import { allKnown, inExtent, known, type Accepted, type Where } from './references';

type Context = Pick<Accepted, 'extent' | 'sourceIds' | 'actorIds'>;

export interface ClaimsCheck {
  where: Where;
  /** The record's controller: the project's assessment. */
  controller: string;
  /** The record's time (a change's `at`); none for who held an area at the start. */
  at?: string | undefined;
  ctx: Context;
}

/** The record with only its good claims (the same record when all are good). */
export function withCheckedClaims<R extends { claims?: ControlClaim[] | undefined }>(rec: R, check: ClaimsCheck): R {
  if (!rec.claims) return rec;
  const kept = rec.claims.filter((c, i) => claimIsGood(c, `claims.${i}`, check));
  return kept.length === rec.claims.length ? rec : { ...rec, claims: kept };
}

function claimIsGood(c: ControlClaim, field: string, { where, controller, at, ctx }: ClaimsCheck): boolean {
  const ok = known({ ...where, field: `${field}.claimant`, id: c.claimant, ids: ctx.actorIds, what: 'actor' })
    && known({ ...where, field: `${field}.controller`, id: c.controller, ids: ctx.actorIds, what: 'actor' })
    && allKnown({ ...where, field: `${field}.sources`, list: c.sources, ids: ctx.sourceIds, what: 'source' })
    && (c.start === undefined || inExtent({ ...where, field: `${field}.start`, iso: c.start, extent: ctx.extent }));
  if (!ok) return false;
  const problem = { file: where.file, record: where.record };
  if (c.start !== undefined && at !== undefined && Date.parse(c.start) < Date.parse(at)) {
    where.problems.push({ ...problem, field: `${field}.start`, value: showValue(c.start), message: `is before its record's time (${at}): a claim holds only while its record does` });
    return false;
  }
  if (c.status === 'assessment' && c.controller !== controller) {
    where.problems.push({
      ...problem, field: `${field}.controller`, value: showValue(c.controller),
      message: `differs from the record's controller (${controller}), so the claim cannot be marked "assessment": mark it "claim"`,
    });
    return false;
  }
  return true;
}

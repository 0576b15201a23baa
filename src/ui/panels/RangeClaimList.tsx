// Casualty figures of the range's incidents as claims: per claimant, each worded as the popups word
// it, with the incident it is about; never added up, neither across claimants nor within one.
import { claimParts } from '../../core/claims';
import type { ClaimantClaims } from '../../core/range-claims';
import type { Incident } from '../../core/types';
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { useLang } from '../use-t';
import { useMoreT } from '../use-more-t';

export function RangeClaimList({ claims, incidents }: { claims: readonly ClaimantClaims[]; incidents: readonly Incident[] }) {
  const lang = useLang();
  const m = useMoreT();
  const w = CHANGES_WORDS[lang];
  const titles = new Map(incidents.map((i) => [i.id, i.title]));
  return (
    <section class="changes-section" aria-labelledby="changes-claims">
      <h3 id="changes-claims">{w.claimsHeading}</h3>
      {claims.length === 0 ? <p>{w.noClaims}</p> : <>
        <p class="panel-summary">{w.claimsNote}</p>
        {claims.map((g, k) => (
          <div key={g.claimant} class="changes-claimant">
            <h4 id={`changes-claimant-${k}`} lang="en" dir="auto">{g.claimant}</h4>
            <ul aria-labelledby={`changes-claimant-${k}`}>
              {g.claims.map(({ incident, claim }, i) => (
                <li key={`${incident}-${i}`}>
                  {m.claim(claimParts(claim, lang))}{' — '}
                  <span lang="en" dir="auto">{titles.get(incident) ?? incident}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </>}
    </section>
  );
}

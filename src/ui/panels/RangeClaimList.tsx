// Casualty figures of the range's incidents as claims: per claimant, each worded as the popups word
// it, with the incident it is about; never added up, neither across claimants nor within one. A
// claimant with many claims lists them in a scroll box of their own, rendering the rows in view.
import { claimParts } from '../../core/claims';
import type { ClaimantClaims } from '../../core/range-claims';
import type { Lang } from '../../core/names';
import type { CasualtyClaim } from '../../core/types';
import { PureComponent } from '../PureComponent';
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { useLang } from '../use-t';
import { useApp } from '../store-context';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../../core/vocabulary';
import { useMoreT } from '../use-more-t';
import type { MoreMessages } from '../../i18n/more';
import { WindowedList } from './WindowedList';

/** A claimant with more claims than this lists them windowed. */
const LONG_CLAIMANT = 40;
/** A windowed claim is one line, cut to fit. */
const ROW_HEIGHT = 24;

export function RangeClaimList({ claims }: { claims: readonly ClaimantClaims[] }) {
  const lang = useLang();
  const m = useMoreT();
  const vocabulary = useApp((s) => s.index?.vocabulary ?? DEFAULT_VOCABULARY);
  // The index's own map of incidents: one made from the range's incidents would be made anew at every step.
  const byId = useApp((s) => s.index?.incidents.byId);
  const w = CHANGES_WORDS[lang];
  return (
    <section class="changes-section" aria-labelledby="changes-claims">
      <h3 id="changes-claims">{w.claimsHeading}</h3>
      {claims.length === 0 ? <p>{w.noClaims}</p> : <>
        <p class="panel-summary">{w.claimsNote}</p>
        {claims.map((g, k) => (
          <div key={g.claimant} class="changes-claimant">
            <h4 id={`changes-claimant-${k}`} lang="en" dir="auto">{g.claimant}</h4>
            <WindowedList count={g.claims.length} longAt={LONG_CLAIMANT} rowHeight={ROW_HEIGHT} labelledBy={`changes-claimant-${k}`} focusBox
              row={(i, position) => {
                const { incident, claim } = g.claims[i] as ClaimantClaims['claims'][number];
                // The list's length changes as the range's end moves: only the item's place says so, its words stay.
                return (
                  <li key={`${incident}-${i}`} aria-posinset={position?.posinset} aria-setsize={position?.setsize}>
                    <ClaimText claim={claim} title={byId?.get(incident)?.title ?? incident} lang={lang} m={m} vocabulary={vocabulary} />
                  </li>
                );
              }} />
          </div>
        ))}
      </>}
    </section>
  );
}

interface ClaimTextProps {
  claim: CasualtyClaim;
  title: string;
  lang: Lang;
  m: MoreMessages;
  /** The dataset's sides, which name a claim's side where the dataset declares its own. */
  vocabulary: Vocabulary;
}

/** A claim worded, with the incident it is about: worded again only when one of these changes. */
class ClaimText extends PureComponent<ClaimTextProps> {
  override render({ claim, title, lang, m, vocabulary }: ClaimTextProps) {
    return <>{m.claim(claimParts(claim, lang, vocabulary))}{' — '}<span lang="en" dir="auto">{title}</span></>;
  }
}

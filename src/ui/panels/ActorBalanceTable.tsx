// Per actor, the areas gained and lost between the range's ends: a count, the surface in km² marked
// when the shapes are rough, and how many point sites were counted but not measured.
import type { ActorBalance, AreaTally } from '../../core/actor-balance';
import { formatCount, LOCALE_TAGS } from '../../core/locale';
import type { Lang } from '../../core/names';
import { CHANGES_WORDS, type ChangesWords } from '../../i18n/changes-words';
import { selectActorsById } from '../../store/selectors';
import { useApp } from '../store-context';
import { useLang } from '../use-t';
import { ActorSwatch } from './ActorSwatch';
import { PureComponent } from '../PureComponent';
import type { Actor } from '../../core/types';

/** Number formats are costly to make: one per language and number of decimals, made when first needed. */
const formats = new Map<string, Intl.NumberFormat>();

/** "0.41", "١٫٢", "12,5": two decimals for small areas, one above 10 km². */
function formatKm2(km2: number, lang: Lang): string {
  const digits = km2 < 10 ? 2 : 1;
  let format = formats.get(`${lang}${digits}`);
  if (!format) {
    // Kurmanji writes numbers as German does (1.234,5); not every runtime knows a "ku" locale.
    format = new Intl.NumberFormat(lang === 'ku' ? 'de' : LOCALE_TAGS[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits });
    formats.set(`${lang}${digits}`, format);
  }
  return format.format(km2);
}

function tallyText(tally: AreaTally, w: ChangesWords, lang: Lang): string {
  const count = tally.sites.length;
  if (count === 0) return w.none;
  const parts = [w.areas(formatCount(count, lang), count)];
  const measured = count - tally.unmeasured;
  if (measured > 0) {
    const rough = tally.precision === 'exact' ? '' : ` (${w.rough[tally.precision]})`;
    parts.push(`${w.km2(formatKm2(tally.km2, lang))}${rough}`);
  }
  if (tally.unmeasured > 0) parts.push(w.notMeasured(formatCount(tally.unmeasured, lang), tally.unmeasured));
  return parts.join(lang === 'ar' ? '، ' : ', ');
}

export function ActorBalanceTable({ balance }: { balance: readonly ActorBalance[] }) {
  const actors = useApp(selectActorsById);
  const lang = useLang();
  const w = CHANGES_WORDS[lang];
  return (
    <section class="changes-section" aria-labelledby="changes-balance">
      <h3 id="changes-balance">{w.balanceHeading}</h3>
      {balance.length === 0 ? <p>{w.noBalance}</p> : (
        <table class="control-table changes-balance">
          <caption>{w.balanceCaption}</caption>
          <thead><tr><th scope="col">{w.actor}</th><th scope="col">{w.gained}</th><th scope="col">{w.lost}</th></tr></thead>
          <tbody>
            {balance.map((b) => (
              <BalanceRow key={b.actor} id={b.actor} actor={actors.get(b.actor)} gained={tallyText(b.gained, w, lang)} lost={tallyText(b.lost, w, lang)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface RowProps {
  id: string;
  actor: Actor | undefined;
  gained: string;
  lost: string;
}

/** The tallies are new at each step, their words mostly the same: a row renders when its words change. */
class BalanceRow extends PureComponent<RowProps> {
  override render({ id, actor, gained, lost }: RowProps) {
    return (
      <tr data-actor={id}>
        <th scope="row"><ActorSwatch id={id} actor={actor} /></th>
        <td>{gained}</td>
        <td>{lost}</td>
      </tr>
    );
  }
}

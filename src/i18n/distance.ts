// A distance in the reader's language and digits: "800 m", "1.5 km", "١٫٥ كم", "1,5 km".
import { LOCALE_TAGS } from '../core/locale';
import type { Lang } from '../core/names';
import type { MoreMessages } from './more-en';

const formats = new Map<Lang, Intl.NumberFormat>();

/** A figure to a tenth at most. Kurmanji writes a decimal comma (CLDR); browsers have no Kurdish number data. */
function figure(n: number, lang: Lang): string {
  if (lang === 'ku') return String(Math.round(n * 10) / 10).replace('.', ',');
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[lang], { maximumFractionDigits: 1, useGrouping: false });
    formats.set(lang, f);
  }
  return f.format(n);
}

export function formatDistance(metres: number, m: Pick<MoreMessages, 'km' | 'metres'>, lang: Lang): string {
  return metres >= 1000 ? m.km(figure(metres / 1000, lang)) : m.metres(figure(metres, lang));
}

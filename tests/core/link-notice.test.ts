// What a link had wrong, in the reader's language: the same problems worded in English, Arabic and
// Kurmanji, with dates, counts and lists in that language.
import { describe, expect, it } from 'vitest';
import { readLinkProblems } from '../../src/core/link';
import { linkNoticeText } from '../../src/core/link-notice';
import type { Lang } from '../../src/core/names';
import { MORE_MESSAGES } from '../../src/i18n/more';
import { linkContext, TZ } from '../helpers/link-context';

const ctx = linkContext({ steps: ['the-truce'] });

/** The notices a link gives a reader of `lang`. */
const notices = (search: string, lang: Lang) => readLinkProblems(search, ctx).problems
  .map((p) => linkNoticeText(p, MORE_MESSAGES[lang].linkNotices, { lang, timeZone: TZ }));

describe('link notices in the reader\'s language', () => {
  it('says in Arabic that a time could not be read, quoting it in Arabic quotation marks', () => {
    // The value is isolated (U+2068…U+2069), so that the Arabic around it does not reorder its numbers.
    expect(notices('?t=2016-13-45', 'ar')).toEqual(['تعذّرت قراءة الوقت «\u20682016-13-45\u2069» الوارد في الرابط، لذا جرى تجاهله.']);
    expect(notices('?t=2016-13-45', 'ku')).toEqual(['Dema “2016-13-45” ya di girêdanê de nehat xwendin, ji ber vê yekê hat paşguhkirin.']);
  });

  it('gives the dates of a clamped day in the reader\'s calendar words and digits', () => {
    expect(notices('?t=2016-05-01', 'ar'))
      .toEqual(['يوم ١ أيار ٢٠١٦ خارج تواريخ هذه الخريطة (من ٢٠ نيسان ٢٠١٦ إلى ٢٤ نيسان ٢٠١٦)؛ يُعرض يوم ٢٤ نيسان ٢٠١٦ بدلاً منه.']);
    expect(notices('?t=2016-05-01', 'ku'))
      .toEqual(['1 gulan 2016 li derveyî dîrokên vê nexşeyê ye (20 nîsan 2016 heta 24 nîsan 2016); li şûna wê 24 nîsan 2016 tê nîşandan.']);
    expect(notices('?t=2016-04-19T23:00', 'ar')[0]).toMatch(/تُعرض أول لحظة فيها بدلاً منه\.$/);
    expect(notices('?t=2016-04-26T01:00', 'ku')[0]).toMatch(/dema dawî tê nîşandan\.$/);
  });

  it('lists unknown layers as the language lists, counting the rest in its plural forms', () => {
    const layers = (n: number) => `?layers=${Array.from({ length: n }, (_, i) => `x${i}`).join(',')}`;
    expect(notices(layers(3), 'en')[0]).toBe('The link names layers this map does not have (“x0”, “x1” and “x2”); they were ignored.');
    expect(notices(layers(3), 'ar')[0]).toContain('(«\u2068x0\u2069» و«\u2068x1\u2069» و«\u2068x2\u2069»)');
    expect(notices(layers(3), 'ku')[0]).toContain('(“x0”, “x1” û “x2”)');
    // Four are named; the Arabic count of the rest takes each of its forms.
    const rest = (n: number) => /x3\u2069» و([^)]*)\)/.exec(notices(layers(4 + n), 'ar')[0] ?? '')?.[1];
    expect([1, 2, 3, 11, 100].map(rest)).toEqual(['طبقة أخرى', 'طبقتان أخريان', '٣ طبقات أخرى', '١١ طبقةً أخرى', '١٠٠ طبقة أخرى']);
    expect(notices(layers(5), 'ku')[0]).toContain('“x3” û yekî din)');
    expect(notices(layers(1004), 'en')[0]).toContain('“x3” and 1,000 more)');
  });

  it('names the languages there are as the reader\'s language says "or"', () => {
    expect(notices('?lang=fr', 'en')).toEqual(['The language “fr” is not available (en, ar or ku), so English is shown.']);
    expect(notices('?lang=fr', 'ar')[0]).toContain('(المتاح: en أو ar أو ku)');
    expect(notices('?lang=fr', 'ku')[0]).toContain('(en, ar an ku)');
  });

  it('words every kind of problem in every language, never leaving a placeholder unfilled', () => {
    const search = '?t=banana&event=nope&map=a/b/c&layers=tanks&embed=yes&lang=fr&theme=sepia&plain=yes&step=zzz';
    for (const lang of ['en', 'ar', 'ku'] as const) {
      const texts = notices(search, lang);
      expect(texts).toHaveLength(9);
      for (const [i, value] of ['banana', 'nope', 'a/b/c', 'tanks', 'yes', 'yes', 'fr', 'sepia', 'zzz'].entries()) expect(texts[i]).toContain(value);
      for (const text of texts) expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('names the theme and plain parameters in every language, since their values are English words', () => {
    expect(notices('?theme=sepia', 'en')).toEqual(['The theme “sepia” could not be read (expected light, dark or auto), so the light colours are shown.']);
    expect(notices('?plain=2', 'en')).toEqual(['The plain setting “2” could not be read (expected 1 or 0), so it was ignored.']);
    for (const lang of ['ar', 'ku'] as const) {
      expect(notices('?theme=sepia', lang)[0]).toMatch(/\(theme\).*sepia.*light.*dark.*auto/);
      expect(notices('?plain=2', lang)[0]).toMatch(/\(plain\).*2/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { claimParts, claimsByClaimant } from '../../src/core/claims';
import { citeSource, safeHref } from '../../src/core/source-text';
import { formatProblem } from '../../src/core/problems';
import { parseAppConfig } from '../../src/core/app-config';
import type { Lang } from '../../src/core/names';
import type { CasualtyClaim } from '../../src/core/types';
import { MORE_MESSAGES } from '../../src/i18n/more';

const claim = (over: Partial<CasualtyClaim>): CasualtyClaim => ({
  claimant: 'A', source: 's', side: 'government', kind: 'killed', count: 3, qualifier: 'exact', ...over,
});
/** A claim as the popup words it for a reader of `lang`. */
const describeClaim = (c: CasualtyClaim, lang: Lang = 'en') => MORE_MESSAGES[lang].claim(claimParts(c, lang));

describe('claims', () => {
  it('says a figure as its source gave it', () => {
    expect(describeClaim(claim({ qualifier: 'at_least', count: 10, group: 'NDF fighters' }))).toBe('at least 10 NDF fighters killed');
    expect(describeClaim(claim({ qualifier: 'more_than', count: 30, kind: 'wounded' }))).toBe('more than 30 government side wounded');
    expect(describeClaim(claim({ count: 22, count_max: 31 }))).toBe('22–31 government side killed');
    expect(describeClaim(claim({ side: 'civilian', kind: 'killed_or_wounded', qualifier: 'about', count: 15 }))).toBe('about 15 civilians killed or wounded');
  });

  it('says one of anything in the singular in English (by Intl.PluralRules)', () => {
    expect(describeClaim(claim({ side: 'civilian', count: 1 }))).toBe('1 civilian killed');
    expect(describeClaim(claim({ side: 'other', count: 1, kind: 'wounded' }))).toBe('1 person wounded');
    expect(describeClaim(claim({ side: 'other', count: 0 }))).toBe('0 people killed');
    expect(describeClaim(claim({ count: 1139 }))).toBe('1,139 government side killed');
  });

  // Arabic counts in six categories: the counted noun after a verbal noun is genitive: dual for 2,
  // plural for 3–10, singular accusative for 11–99, singular for 100–102 and for 0.
  it('words a claim in Arabic as a news report does, in each of the six plural categories', () => {
    const ar = (over: Partial<CasualtyClaim>) => describeClaim(claim(over), 'ar');
    expect(ar({ count: 0 })).toBe('مقتل ٠ عنصر من الجانب الحكومي');
    expect(ar({ count: 1 })).toBe('مقتل عنصر واحد من الجانب الحكومي');
    expect(ar({ count: 2 })).toBe('مقتل عنصرين من الجانب الحكومي');
    expect(ar({ count: 3 })).toBe('مقتل ٣ عناصر من الجانب الحكومي');
    expect(ar({ count: 11 })).toBe('مقتل ١١ عنصراً من الجانب الحكومي');
    expect(ar({ count: 102, kind: 'captured' })).toBe('أسر ١٠٢ عنصر من الجانب الحكومي');
    expect(ar({ count: 103, kind: 'captured' })).toBe('أسر ١٠٣ عناصر من الجانب الحكومي');
  });

  it('words qualifiers, sides, ranges and the source\'s own group in Arabic', () => {
    const ar = (over: Partial<CasualtyClaim>) => describeClaim(claim(over), 'ar');
    expect(ar({ qualifier: 'at_least', count: 10, side: 'kurdish', group: 'Asayish' })).toBe('مقتل ما لا يقل عن ١٠ عناصر من القوات الكردية (\u2068Asayish\u2069)');
    expect(ar({ qualifier: 'more_than', count: 30, kind: 'wounded', side: 'civilian' })).toBe('إصابة أكثر من ٣٠ مدنياً');
    expect(ar({ qualifier: 'about', count: 2, kind: 'surrendered', side: 'other' })).toBe('استسلام نحو شخصين');
    expect(ar({ count: 22, count_max: 31 })).toBe('مقتل ٢٢–٣١ عنصراً من الجانب الحكومي');
    expect(ar({ count: 15, kind: 'killed_or_wounded', side: 'civilian' })).toBe('مقتل أو إصابة ١٥ مدنياً');
  });

  it('words a claim in Kurmanji, the verb agreeing with the number', () => {
    const ku = (over: Partial<CasualtyClaim>) => describeClaim(claim(over), 'ku');
    expect(ku({ count: 1, side: 'civilian' })).toBe('1 sivîl hat kuştin');
    expect(ku({ count: 3, side: 'civilian' })).toBe('3 sivîl hatin kuştin');
    expect(ku({ qualifier: 'at_least', count: 21, group: 'NDF' })).toBe('ji hêzên hikûmetê herî kêm 21 kes hatin kuştin (NDF)');
    expect(ku({ qualifier: 'more_than', count: 30, kind: 'wounded', side: 'kurdish' })).toBe('ji hêzên kurd zêdetirî 30 kes birîndar bûn');
    expect(ku({ count: 1139, kind: 'captured' })).toBe('ji hêzên hikûmetê 1.139 kes dîl hatin girtin');
  });

  it('groups by claimant and source without adding figures together', () => {
    const groups = claimsByClaimant({ casualties: [
      claim({ claimant: 'Asayish', source: 'ara', count: 31 }),
      claim({ claimant: 'SOHR', source: 'vice', count: 22 }),
      claim({ claimant: 'Asayish', source: 'ara', count: 102, kind: 'captured' }),
      claim({ claimant: 'Asayish', source: 'afp', count: 31 }),
    ] });
    expect(groups.map((g) => [g.claimant, g.source, g.claims.map((c) => c.count)])).toEqual([
      ['Asayish', 'ara', [31, 102]], ['SOHR', 'vice', [22]], ['Asayish', 'afp', [31]],
    ]);
  });
});

describe('descriptions', () => {
  it('makes links only of http(s) URLs', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('sees through disguised schemes: case, leading whitespace, control characters, slashes', () => {
    for (const url of [' JaVaScRiPt:alert(1)', '\tjavascript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)',
      'JAVASCRIPT:alert(1)', 'javascript://example.org/%0Aalert(1)', 'vbscript:msgbox(1)', 'file:///etc/passwd',
      'data:text/html;base64,PHNjcmlwdD4=', 'ｊavascript:alert(1)']) {
      expect(safeHref(url), JSON.stringify(url)).toBeUndefined();
    }
    // A real link in capitals or with markup in its query is a link, in its escaped form.
    expect(safeHref('HTTPS://EXAMPLE.ORG/a')).toBe('https://example.org/a');
    expect(safeHref('https://example.org/?q="><script>')).toBe('https://example.org/?q=%22%3E%3Cscript%3E');
  });

  it('cites a source', () => {
    expect(citeSource({ id: 'x', publisher: 'ARA News', title: 'Kurds refuse', date: '2016-04-25' })).toBe('ARA News, “Kurds refuse”, 2016-04-25');
  });

  it('formats a problem on one line', () => {
    expect(formatProblem({ file: 'incidents.json', record: 'truce', field: 'start', value: '"x"', message: 'is bad' }))
      .toBe('error: incidents.json › truce › start = "x": is bad');
  });
});

describe('config.json', () => {
  it('accepts no tiles, or tiles with a template and an attribution', () => {
    expect(parseAppConfig({ tiles: null }).problems).toEqual([]);
    expect(parseAppConfig({ tiles: { url: 'https://t.example.org/{z}/{x}/{y}.png', attribution: '© T' } }).config.tiles?.url)
      .toBe('https://t.example.org/{z}/{x}/{y}.png');
  });

  it('rejects a non-http template and names the field', () => {
    const { config, problems } = parseAppConfig({ tiles: { url: 'javascript:alert(1)//{z}{x}{y}', attribution: 'x' } });
    expect(config).toEqual({});
    expect(problems.map((p) => p.field)).toEqual(['tiles.url']);
  });
});

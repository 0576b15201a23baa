import { describe, expect, it } from 'vitest';
import { claimsByClaimant, describeClaim } from '../../src/core/claims';
import { citeSource, safeHref } from '../../src/core/describe';
import { formatProblem } from '../../src/core/problems';
import { parseAppConfig } from '../../src/core/app-config';
import type { CasualtyClaim } from '../../src/core/types';

const claim = (over: Partial<CasualtyClaim>): CasualtyClaim => ({
  claimant: 'A', source: 's', side: 'government', kind: 'killed', count: 3, qualifier: 'exact', ...over,
});

describe('claims', () => {
  it('says a figure as its source gave it', () => {
    expect(describeClaim(claim({ qualifier: 'at_least', count: 10, group: 'NDF fighters' }))).toBe('at least 10 NDF fighters killed');
    expect(describeClaim(claim({ qualifier: 'more_than', count: 30, kind: 'wounded' }))).toBe('more than 30 government side wounded');
    expect(describeClaim(claim({ count: 22, count_max: 31 }))).toBe('22–31 government side killed');
    expect(describeClaim(claim({ side: 'civilian', kind: 'killed_or_wounded', qualifier: 'about', count: 15 }))).toBe('about 15 civilians killed or wounded');
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

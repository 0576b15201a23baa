import { describe, expect, it } from 'vitest';
import { readLink, writeLink, type LinkContext } from '../../src/core/link';
import { readSourceFilter, writeSourceFilter } from '../../src/core/source-filter-link';

const ids = new Set(['fars', 'afp', 'reference']);
const ctx: LinkContext & { sourceIds: ReadonlySet<string> } = {
  timeZone: 'Asia/Damascus', start: Date.parse('2016-04-20T00:00+03:00'), end: Date.parse('2016-04-25T00:00+03:00'),
  incidentIds: new Set(), stepIds: new Set(), sourceIds: ids,
};

describe('sources= in links', () => {
  it('reads kinds (with kind:) and source ids, each with a minus', () => {
    expect(readSourceFilter('-kind:government_outlet,-fars', ids)).toEqual({
      filter: { hiddenKinds: ['government_outlet'], hiddenSources: ['fars'] }, unknown: [],
    });
  });

  it('tells a source called like a kind from the kind', () => {
    expect(readSourceFilter('-reference', ids).filter).toEqual({ hiddenKinds: [], hiddenSources: ['reference'] });
    expect(readSourceFilter('-kind:reference', ids).filter).toEqual({ hiddenKinds: ['reference'], hiddenSources: [] });
  });

  it('names what it does not know, and applies the rest', () => {
    const { state, notices } = readLink('?sources=-kind:blogs,-fars,fars,-nobody', ctx);
    expect(state.sources).toBe('-fars');
    expect(notices).toEqual(['The link hides sources this map does not have (“-kind:blogs”, “fars” and “-nobody”); the rest of its source filter applies.']);
  });

  it('writes one filter one way: kinds in the list’s order, then ids sorted', () => {
    const text = writeSourceFilter({ hiddenKinds: ['reference', 'wire_agency'], hiddenSources: ['fars', 'afp'] });
    expect(text).toBe('-kind:wire_agency,-kind:reference,-afp,-fars');
    expect(writeLink({ sources: text }, ctx.timeZone)).toBe(`?sources=${text}`);
    expect(readLink(`?sources=-fars,-kind:reference,-kind:wire_agency,-afp`, ctx).state.sources).toBe(text);
  });

  it('leaves links without sources= as they were', () => {
    expect(readLink('?t=2016-04-21&layers=control', ctx).state.sources).toBeUndefined();
    expect(writeLink({ layers: ['control'] }, ctx.timeZone)).toBe('?layers=control');
    expect(readLink('?sources=', ctx)).toEqual({ state: {}, notices: [] });
    // Hiding nothing it knows, the link hides nothing.
    expect(readLink('?sources=-nobody', ctx).state.sources).toBeUndefined();
  });
});

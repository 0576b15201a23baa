// v= in links: the dataset version a link (a citation's) was made with. Read and written by the link
// format; an older one gets a notice naming the corrections since to the records the link names,
// with the built-in changelog and with a plainly invented one.
import { describe, expect, it } from 'vitest';
import { LINK_KEYS, readLink, readLinkProblems, writeLink } from '../../src/core/link';
import { linkNoticeText, type LinkProblem } from '../../src/core/link-notice';
import { linkVersionProblem, linkedRecords } from '../../src/core/link-version';
import type { Lang } from '../../src/core/names';
import type { ChangelogEntry, Dataset } from '../../src/core/types';
import { compareVersions } from '../../src/core/version-order';
import { MORE_MESSAGES } from '../../src/i18n/more';
import { BUILTIN, MINI, loadValid } from '../helpers/fs-dataset';
import { linkContext, TZ } from '../helpers/link-context';

const ctx = linkContext({ incidents: ['truce', 'jail-capture', 'shelling'], steps: ['story-truce'] });

const words = (p: LinkProblem, lang: Lang = 'en') => linkNoticeText(p, MORE_MESSAGES[lang].linkNotices, { lang, timeZone: TZ });

/** The version notice for a link, read as the app reads it. */
function versionNotice(search: string, dataset: Dataset): LinkProblem | null {
  const { state, problems } = readLinkProblems(search, ctx);
  expect(problems).toEqual([]);
  return linkVersionProblem(state, dataset);
}

describe('v= in the link format', () => {
  it('is one of the view\'s parameters, read as written and written after the view, before data=', () => {
    expect(LINK_KEYS).toContain('v');
    expect(readLinkProblems('?v=1.2.0&event=truce', ctx).state).toEqual({ version: '1.2.0', event: 'truce' });
    expect(writeLink({ event: 'truce', version: '1.2.0', data: 'https://example.org/d.json' }, TZ))
      .toBe('?event=truce&v=1.2.0&data=https://example.org/d.json');
    // A link without v= is written as before (Share links do not carry it).
    expect(writeLink({ event: 'truce' }, TZ)).toBe('?event=truce');
  });

  it('ignores a version that is not dotted numbers, with a notice naming it; the rest of the link applies', () => {
    const { state, notices } = readLink('?v=latest&event=truce', ctx);
    expect(state).toEqual({ event: 'truce' });
    expect(notices).toEqual(['The data version “latest” in the link could not be read (expected numbers such as 1.2.0), so it was ignored.']);
    expect(readLinkProblems('?v=1.2.0.0.0', ctx).problems.map((p) => p.code)).toEqual(['badVersion']);
  });

  it('replaces an old v= when the map writes its own address, which names no version', () => {
    expect(writeLink({ event: 'truce' }, TZ, '?v=1.0.0&utm_source=x')).toBe('?event=truce&utm_source=x');
  });
});

describe('compareVersions', () => {
  it('orders dotted numbers part by part, a missing part being 0', () => {
    expect(compareVersions('1.0.0', '1.1.0')).toBeLessThan(0);
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('2', '1.99')).toBeGreaterThan(0);
    expect(compareVersions('1.2.0-beta', '1.2.0')).toBeNull();
  });
});

/** An invented history for the mini fixture: two corrections after 0.0.1. */
function invented(dataset: Dataset, changelog: ChangelogEntry[] = [
  { id: 'made-up-a', version: '0.0.2', date: '2026-10-01', records: [{ file: 'incidents', id: 'jail-capture' }, { file: 'sites', id: 'jail' }],
    what: 'Invented change A.', why: 'An invented reviewer moved the invented capture.' },
  { id: 'made-up-b', version: '0.0.3', date: '2026-11-01', records: [{ file: 'incidents', id: 'shelling' }],
    what: 'Invented change B.', why: 'An invented reviewer recounted the invented shelling.' },
  { id: 'made-up-c', version: '0.0.4', date: '2026-12-01', records: [{ file: 'incidents', id: 'jail-capture' }],
    what: 'Invented change C, of a version after the data shown.', why: 'Not yet released.' },
]): Dataset {
  return { ...dataset, manifest: { ...dataset.manifest, version: '0.0.3' }, changelog };
}

describe('an old link\'s notice (invented dataset and changelog)', () => {
  it('lists the corrections since the link\'s version to the incident it names, and no others', async () => {
    const dataset = invented(await loadValid(MINI));
    const problem = versionNotice('?v=0.0.1&event=jail-capture', dataset);
    expect(problem).toMatchObject({ code: 'olderVersion', value: '0.0.1', current: '0.0.3' });
    expect(problem?.code === 'olderVersion' && problem.changes).toEqual([
      { version: '0.0.2', why: 'An invented reviewer moved the invented capture.', records: [{ file: 'incidents', title: dataset.incidents.find((i) => i.id === 'jail-capture')?.title }] },
    ]);
    const text = words(problem as LinkProblem);
    expect(text).toContain('made with version “0.0.1” of the data; this map shows version “0.0.3”');
    expect(text).toContain('(version “0.0.2”): \u2068An invented reviewer moved the invented capture.\u2069');
    expect(text).not.toContain('recounted');
  });

  it('counts only corrections after the link\'s version', async () => {
    const dataset = invented(await loadValid(MINI));
    const problem = versionNotice('?v=0.0.2&event=jail-capture', dataset);
    // 0.0.2's correction was in the version the link was made with; 0.0.4 is not the data's yet.
    expect(problem).toMatchObject({ code: 'olderVersion', changes: [] });
    expect(words(problem as LinkProblem)).toBe('The link was made with version “0.0.2” of the data; this map shows version “0.0.3”, corrected since, though not in what the link shows (About the data and sources lists every correction).');
  });

  it('says nothing for the data\'s own version or a link without v=, and names a newer version', async () => {
    const dataset = invented(await loadValid(MINI));
    expect(versionNotice('?v=0.0.3&event=jail-capture', dataset)).toBeNull();
    expect(versionNotice('?event=jail-capture', dataset)).toBeNull();
    const newer = versionNotice('?v=0.1&event=jail-capture', dataset);
    expect(newer).toEqual({ param: 'v', code: 'newerVersion', value: '0.1', current: '0.0.3' });
    expect(words(newer as LinkProblem)).toBe('The link was made with version “0.1” of the data, which this map does not have; it shows version “0.0.3”.');
  });

  it('names at most three corrections and counts the rest', async () => {
    const base = await loadValid(MINI);
    const many: ChangelogEntry[] = Array.from({ length: 5 }, (_, i) => ({
      id: `made-up-${i}`, version: '0.0.2', date: '2026-10-01', records: [{ file: 'incidents', id: 'shelling' }], what: 'Invented.', why: `Invented reason ${i}.`,
    }));
    const problem = versionNotice('?v=0.0.1&event=shelling', invented(base, many)) as LinkProblem;
    const text = words(problem);
    expect(text).toContain('Invented reason 2.');
    expect(text).not.toContain('Invented reason 3.');
    expect(text).toMatch(/2 more corrections are listed in About the data and sources\.$/);
    expect(words(problem, 'ar')).toContain('وثمة تصحيحان آخران');
  });
});

describe('an old link\'s notice (the built-in dataset)', () => {
  it('names the fact-check corrections to the truce for a 1.0.0 link to it, in English, Arabic and Kurmanji', async () => {
    const dataset = await loadValid(BUILTIN);
    const problem = versionNotice('?v=1.0.0&event=truce', dataset);
    if (problem?.code !== 'olderVersion') throw new Error(`expected an olderVersion notice, got ${JSON.stringify(problem)}`);
    const why = dataset.changelog.find((e) => e.id === 'fact-check-2026-11-01')?.why;
    expect(why).toBeDefined();
    expect(problem.changes.map((c) => c.why)).toContain(why);
    expect(problem.changes.every((c) => c.version === '1.1.0' || c.version === '1.2.0')).toBe(true);
    expect(problem.current).toBe(dataset.manifest.version);
    expect(words(problem)).toContain('The incident “Indefinite truce takes effect” (version “1.1.0”)');
    expect(words(problem, 'ar')).toContain('الحدث «\u2068Indefinite truce takes effect\u2069» (الإصدار «\u20681.1.0\u2069»)');
    expect(words(problem, 'ku')).toContain('Bûyera “Indefinite truce takes effect” (guhertoya “1.1.0”)');
  });

  it('counts a story step and the incident it shows as what the link names', async () => {
    const dataset = await loadValid(BUILTIN);
    expect(linkedRecords({ step: 'story-truce' }, dataset)).toEqual([{ file: 'story', id: 'story-truce' }, { file: 'incidents', id: 'truce' }]);
    const problem = linkVersionProblem({ step: 'story-truce', version: '1.0.0' }, dataset);
    if (problem?.code !== 'olderVersion') throw new Error('expected an olderVersion notice');
    // fact-check-2026-11-10 names the step alone.
    expect(problem.changes.some((c) => c.records.some((r) => r.file === 'story' && r.title === 'Truce'))).toBe(true);
  });

  it('gives the shorter notice for an old link to something the fact-check did not touch', async () => {
    const dataset = await loadValid(BUILTIN);
    const touched = new Set(dataset.changelog.flatMap((e) => e.records.filter((r) => r.file === 'incidents').map((r) => r.id)));
    const untouched = dataset.incidents.find((i) => !touched.has(i.id));
    expect(untouched).toBeDefined();
    const problem = linkVersionProblem({ event: untouched?.id, version: '1.0.0' }, dataset);
    expect(problem).toMatchObject({ code: 'olderVersion', changes: [] });
  });
});

// Claims of control beside the assessment: which are in force when, which claim otherwise, how bad
// claims are named and left out, and the built-in dataset's claims against its sources.
import { describe, expect, it } from 'vitest';
import { buildControlIndex, controlStateAt } from '../../src/core/control';
import { claimedOtherwiseAt, claimsAt, hasClaims } from '../../src/core/control-claims';
import { loadTexts, mini, textsOf } from '../helpers/raw-dataset';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';
import { loadRaw, miniWithClaims } from '../helpers/claims-dataset';
import type { Dataset } from '../../src/core/types';

const at = (iso: string) => Date.parse(iso);

/** "site: claimant→holder" for every claim in force at t, and the sites claimed otherwise. */
function claimsShown(d: Dataset, iso: string) {
  const t = at(iso);
  const states = controlStateAt(buildControlIndex(d), t);
  return {
    claims: claimsAt(states, t).flatMap((a) => a.claims.map((c) => `${a.state.site}: ${c.claimant}→${c.controller}`)),
    otherwise: claimedOtherwiseAt(states, t).map((a) => a.state.site),
  };
}

describe('claims of control (invented fixture)', async () => {
  const d = await loadRaw(miniWithClaims());

  it('holds a claim from its record\'s time, or its own start, until the area\'s next change', () => {
    expect(claimsShown(d, '2016-04-20T11:59:00+03:00')).toEqual({ claims: ['south: blue→blue'], otherwise: ['south'] });
    expect(claimsShown(d, '2016-04-20T12:00:00+03:00')).toEqual({ claims: ['south: blue→blue', 'jail: orange→orange'], otherwise: ['south', 'jail'] });
    // The jail's taking ends the contested record's claim; Blue's own claim starts on the 22nd.
    expect(claimsShown(d, '2016-04-21T12:00:00+03:00')).toEqual({ claims: ['south: blue→blue', 'jail: orange→orange'], otherwise: ['south'] });
    expect(claimsShown(d, '2016-04-22T00:00:00+03:00')).toEqual({
      claims: ['south: blue→blue', 'jail: orange→orange', 'jail: blue→blue'], otherwise: ['south', 'jail'],
    });
  });

  it('keeps the assessment apart from the claims: the state is the record\'s controller', () => {
    const t = at('2016-04-22T00:00:00+03:00');
    const jail = claimsAt(controlStateAt(buildControlIndex(d), t), t).find((a) => a.state.site === 'jail');
    expect(jail?.state.controller).toBe('orange');
    expect(jail?.otherwise.map((c) => c.note)).toEqual(['Invented: Blue says it retook the jail.']);
  });

  it('says whether a dataset has claims at all', async () => {
    expect(hasClaims(d.control)).toBe(true);
    expect(hasClaims((await loadRaw(mini())).control)).toBe(false);
  });
});

describe('claims that cannot be used', () => {
  /** The problems of the fixture with the jail's taking carrying this one claim (besides a good one), and what was kept. */
  async function withClaim(claim: Record<string, unknown>) {
    const raw = miniWithClaims();
    const control = raw.files.control as { changes: Record<string, unknown>[] };
    const taken = control.changes.find((c) => c.id === 'jail-taken') as { claims: unknown[] };
    taken.claims = [taken.claims[0], claim];
    const { dataset, problems } = await loadTexts(textsOf(raw));
    return { problems, kept: dataset?.control.changes.find((c) => c.id === 'jail-taken')?.claims?.map((c) => c.note) };
  }
  const good = { claimant: 'blue', controller: 'blue', status: 'claim', note: 'Invented.', sources: ['src-a'] };

  it.each([
    [{ claimant: 'green' }, 'claims.1.claimant', '"green"', 'names an unknown actor (or one rejected for its own problems)'],
    [{ controller: 'green' }, 'claims.1.controller', '"green"', 'names an unknown actor (or one rejected for its own problems)'],
    [{ sources: ['src-a', 'src-z'] }, 'claims.1.sources.1', '"src-z"', 'names an unknown source (or one rejected for its own problems)'],
    [{ start: '2016-04-21T11:00:00+03:00' }, 'claims.1.start', '"2016-04-21T11:00:00+03:00"',
      'is before its record\'s time (2016-04-21T12:00:00+03:00): a claim holds only while its record does'],
    [{ start: '2016-04-25T00:00:00+03:00' }, 'claims.1.start', '"2016-04-25T00:00:00+03:00"', 'is after the dataset\'s end (the manifest\'s extent.end)'],
    [{ status: 'assessment' }, 'claims.1.controller', '"blue"',
      'differs from the record\'s controller (orange), so the claim cannot be marked "assessment": mark it "claim"'],
  ])('leaves out a claim with %o, naming the record and the field, and keeps the record', async (change, field, value, message) => {
    const { problems, kept } = await withClaim({ ...good, ...change });
    expect(problems).toEqual([{ file: 'control.json', record: 'jail-taken', field, value, message }]);
    expect(kept).toEqual(['Invented: Orange confirms the taking.']);
  });

  it('rejects a record whose claim lacks a note or a source, as for any field of the record', async () => {
    const { problems } = await withClaim({ claimant: 'blue', controller: 'blue', status: 'claim', sources: [] });
    expect(problems.map((p) => [p.record, p.field])).toEqual([['jail-taken', 'claims.1.note'], ['jail-taken', 'claims.1.sources']]);
  });

  it('names an initial record\'s claims by its area', async () => {
    const raw = miniWithClaims();
    const initial = (raw.files.control as { initial: Record<string, unknown>[] }).initial;
    (initial[0] as Record<string, unknown>).claims = [{ ...good, claimant: 'nobody' }];
    const { problems } = await loadTexts(textsOf(raw));
    expect(problems).toEqual([{ file: 'control.json', record: 'initial:north', field: 'claims.0.claimant', value: '"nobody"', message: 'names an unknown actor (or one rejected for its own problems)' }]);
  });
});

describe('the built-in dataset\'s claims', async () => {
  const d = await loadValid(BUILTIN);
  const records = [...d.control.initial.map((r) => ({ id: `initial:${r.site}`, at: undefined, r })), ...d.control.changes.map((r) => ({ id: r.id, at: r.at, r }))];
  const withClaims = records.filter(({ r }) => (r.claims?.length ?? 0) > 0);

  it('claims nothing before the fighting of 20 April', () => {
    expect(claimsShown(d, '2016-04-20T11:59:00+03:00').claims).toEqual([]);
    for (const { r, at: recordAt } of withClaims) {
      for (const c of r.claims ?? []) expect(at(c.start ?? recordAt ?? '')).toBeGreaterThanOrEqual(at('2016-04-20T00:00:00+03:00'));
    }
  });

  it('marks the bakery from the evening of 21 April (the retake account), and after the truce only the bakery', () => {
    expect(claimsShown(d, '2016-04-21T17:59:00+03:00').otherwise).toEqual([]);
    expect(claimsShown(d, '2016-04-21T18:00:00+03:00')).toEqual({ claims: ['bakery-stadium: government→ndf'], otherwise: ['bakery-stadium'] });
    const after = claimsShown(d, '2016-04-22T15:30:00+03:00');
    expect(after.otherwise).toEqual(['bakery-stadium']);
    // In the control file's area order: the prison, the bakery, then the Corniche.
    expect(after.claims).toEqual([
      'allaya-prison: asayish→asayish', 'allaya-prison: government→asayish',
      'bakery-stadium: government→ndf', 'bakery-stadium: government→ndf', 'bakery-stadium: asayish→asayish',
      'corniche: government→asayish',
    ]);
  });

  it('cites for every claim sources the dataset has, and says in its note what they say', () => {
    const sourceIds = new Set(d.sources.map((s) => s.id));
    for (const { r } of withClaims) {
      for (const c of r.claims ?? []) {
        for (const s of c.sources) expect(sourceIds).toContain(s);
        expect(c.note.length).toBeGreaterThan(60);
      }
    }
  });

  it('names every record with claims in the changelog entry that added them', () => {
    const entry = d.changelog.find((e) => e.id === 'claims-2026-11-30');
    expect(entry?.version).toBe('1.2.0');
    expect(entry?.records.map((r) => `${r.file}|${r.id}`).sort()).toEqual(withClaims.map(({ id }) => `control|${id}`).sort());
  });
});

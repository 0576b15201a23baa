// The dataset's changelog in the About panel: each version's corrections, what changed, why, and the
// records touched; a long version is folded so the sources below stay in reach.
import { Fragment } from 'preact';
import type { ChangelogEntry } from '../../core/types';
import { TIME_WORDS } from '../../core/time-words';
import { formatLocalDate } from '../../core/time-text';
import { formatCount } from '../../core/locale';
import { useLang } from '../use-t';
import { useMoreT } from '../use-more-t';

/** A version with more corrections than this opens folded. */
const FOLD_AFTER = 3;

/** Entries grouped by version, in the file's order (the format asks for the newest first). */
function byVersion(entries: readonly ChangelogEntry[]): { version: string; date: string; entries: ChangelogEntry[] }[] {
  const groups: { version: string; date: string; entries: ChangelogEntry[] }[] = [];
  for (const e of entries) {
    const group = groups.find((g) => g.version === e.version);
    if (group) {
      group.entries.push(e);
      if (e.date > group.date) group.date = e.date;
    } else groups.push({ version: e.version, date: e.date, entries: [e] });
  }
  return groups;
}

export function ChangelogSection({ entries }: { entries: readonly ChangelogEntry[] }) {
  const m = useMoreT();
  const lang = useLang();
  if (entries.length === 0) return null;
  return (
    <section class="about-changelog" aria-labelledby="about-changelog-title">
      <h3 id="about-changelog-title">{m.changelogTitle}</h3>
      {byVersion(entries).map((g) => {
        // An ISO date names a calendar day: read it at noon UTC so no time zone moves it.
        const date = formatLocalDate(Date.parse(`${g.date}T12:00:00Z`), 'UTC', lang);
        return (
          <details key={g.version} open={g.entries.length <= FOLD_AFTER}>
            <summary>{m.changelogVersion(g.version, date, formatCount(g.entries.length, lang), g.entries.length)}</summary>
            <ul aria-label={m.changelogListLabel(g.version)}>
              {g.entries.map((e) => (
                <li key={e.id}>
                  <p lang="en" dir="auto">{e.what}</p>
                  {/* The label is in the reader's language, the reason in the data's: each keeps its own direction. */}
                  <p class="changelog-why">{m.changelogWhy}<span lang="en" dir="auto">{e.why}</span></p>
                  <p class="changelog-records">
                    {m.changelogRecords}
                    {e.records.map((r, i) => (
                      <Fragment key={`${r.file}:${r.id ?? ''}`}>
                        {i > 0 ? TIME_WORDS[lang].comma : ''}
                        <code dir="ltr">{r.id === undefined ? r.file : `${r.file} › ${r.id}`}</code>
                        {r.removed === true ? m.changelogRemoved : ''}
                      </Fragment>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

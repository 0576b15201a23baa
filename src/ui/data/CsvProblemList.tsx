// The rows an import left out, by row, column and value: a scrollable table of the first 200, how
// many more there are, and all of them (as many as were sent) as a CSV file.
import { rowProblemsCsv } from '../../core/import/row-problems-csv';
import { formatCount } from '../../core/locale';
import type { CsvSummary } from '../../app/csv-result';
import type { CsvWords } from '../../i18n/csv-words';
import { useLang } from '../use-t';

const SHOWN = 200;

export function CsvProblemList({ csv, name, w }: { csv: CsvSummary; name: string; w: CsvWords }) {
  const lang = useLang();
  if (csv.bad === 0) return null;
  const shown = csv.problems.slice(0, SHOWN);
  const base = name.replace(/\.csv$/i, '');
  return (
    <div class="csv-problems">
      <h3>{w.problemsHeading}</h3>
      {/* Focusable, so that a long list can be scrolled from the keyboard. */}
      <div class="problems-scroll" tabIndex={0} role="region" aria-label={w.problemsHeading}>
        <table>
          <thead><tr><th scope="col">{w.row}</th><th scope="col">{w.column}</th><th scope="col">{w.value}</th><th scope="col">{w.problem}</th></tr></thead>
          <tbody>
            {shown.map((p) => (
              <tr key={`${p.row}-${p.column}`}>
                <td>{formatCount(p.row, lang)}</td><td dir="ltr">{p.column || '—'}</td><td dir="ltr"><code>{p.value}</code></td>
                <td lang="en" dir="ltr">{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {csv.bad > shown.length ? <p>{w.andMore(formatCount(csv.bad - shown.length, lang))}</p> : null}
      {/* The saver comes when asked: Export's chunk shares it, and a module two chunks share is named in the first load. */}
      <button type="button" onClick={() => void import('./download').then((m) => m.downloadText(rowProblemsCsv(csv.problems), `${base}_problems.csv`, 'text/csv'))}>{w.download}</button>
    </div>
  );
}

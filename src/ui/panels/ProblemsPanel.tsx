// Lists every problem found in the data: file, record, field, value and what is wrong.
import './panels.css';
import { useState } from 'preact/hooks';
import type { Problem } from '../../core/types';
import { useT } from '../use-t';

export function ProblemsPanel({ problems, title }: { problems: readonly Problem[]; title: string }) {
  const [open, setOpen] = useState(true);
  const t = useT();
  if (problems.length === 0 || !open) return null;
  return (
    <section class="problems" role="alert" aria-label={title}>
      <div class="problems-head">
        <h2>{title}</h2>
        <button type="button" onClick={() => setOpen(false)} aria-label={t.dismissProblems}>{t.dismissWord}</button>
      </div>
      <div class="problems-scroll">
        <table>
          <thead><tr><th scope="col">{t.file}</th><th scope="col">{t.record}</th><th scope="col">{t.field}</th><th scope="col">{t.value}</th><th scope="col">{t.problem}</th></tr></thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} class={p.severity === 'warning' ? 'is-warning' : undefined}>
                <td>{p.file}</td><td>{p.record ?? '—'}</td><td>{p.field ?? '—'}</td><td><code>{p.value ?? ''}</code></td>
                <td lang="en" dir="ltr">{p.severity === 'warning' ? t.warning : ''}{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

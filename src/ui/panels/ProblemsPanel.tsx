// Lists every problem found in the data: file, record, field, value and what is wrong.
import './panels.css';
import { useState } from 'preact/hooks';
import type { Problem } from '../../core/types';
import { useMoreT } from '../use-more-t';

export function ProblemsPanel({ problems, title }: { problems: readonly Problem[]; title: string }) {
  const [open, setOpen] = useState(true);
  const m = useMoreT();
  if (problems.length === 0 || !open) return null;
  return (
    <section class="problems" role="alert" aria-label={title}>
      <div class="problems-head">
        <h2>{title}</h2>
        <button type="button" onClick={() => setOpen(false)} aria-label={m.dismissProblems}>{m.dismissWord}</button>
      </div>
      {/* Focusable, so that a long list can be scrolled from the keyboard. */}
      <div class="problems-scroll" tabIndex={0}>
        <table>
          <thead><tr><th scope="col">{m.file}</th><th scope="col">{m.record}</th><th scope="col">{m.field}</th><th scope="col">{m.value}</th><th scope="col">{m.problem}</th></tr></thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} class={p.severity === 'warning' ? 'is-warning' : undefined}>
                <td>{p.file}</td><td>{p.record ?? '—'}</td><td>{p.field ?? '—'}</td><td><code>{p.value ?? ''}</code></td>
                <td lang="en" dir="ltr">{p.severity === 'warning' ? m.warning : ''}{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

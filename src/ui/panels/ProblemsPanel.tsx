// Lists every problem found in the data: file, record, field, value and what is wrong.
import { useState } from 'preact/hooks';
import type { Problem } from '../../core/types';

export function ProblemsPanel({ problems, title }: { problems: readonly Problem[]; title: string }) {
  const [open, setOpen] = useState(true);
  if (problems.length === 0 || !open) return null;
  return (
    <section class="problems" role="alert" aria-label={title}>
      <div class="problems-head">
        <h2>{title}</h2>
        <button type="button" onClick={() => setOpen(false)} aria-label="Dismiss the list of data problems">Dismiss</button>
      </div>
      {/* Focusable, so that a long list can be scrolled from the keyboard. */}
      <div class="problems-scroll" tabIndex={0}>
        <table>
          <thead><tr><th scope="col">File</th><th scope="col">Record</th><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Problem</th></tr></thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} class={p.severity === 'warning' ? 'is-warning' : undefined}>
                <td>{p.file}</td><td>{p.record ?? '—'}</td><td>{p.field ?? '—'}</td><td><code>{p.value ?? ''}</code></td>
                <td>{p.severity === 'warning' ? 'Warning: ' : ''}{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// The CSV import's lines of the benchmark's report: per file size and way in, load, longest frame, heap, steps.
import { formatSpread } from './browser-report';
import { CSV_VIA_LABEL, type CsvImportResult } from './csv-import';

export function csvImportReport(results: readonly CsvImportResult[]): string[] {
  return results.flatMap((r) => [
    `  ${r.rows.toLocaleString('en')} rows, ${CSV_VIA_LABEL[r.via]} (${r.repeats} runs)`,
    `    to the drawn map        ${formatSpread(r.loadMs, { digits: 0 })}`,
    `    longest frame (task)    ${formatSpread(r.longestFrameMs, { digits: 0 })}`,
    `    JS heap after load      ${formatSpread(r.heapAfterLoadMB, { unit: 'MB', digits: 0 })}`,
    `    time step p95 / max     ${formatSpread(r.step.p95)} / ${formatSpread(r.step.max)}`,
  ]);
}

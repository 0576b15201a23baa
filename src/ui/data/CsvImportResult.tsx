// What a CSV export gave: its format, the rows kept and those with problems, and that the dataset
// maps incidents only (these exports hold no areas of control).
import type { CsvSummary } from '../../app/csv-result';
import { formatCount } from '../../core/locale';
import type { CsvWords } from '../../i18n/csv-words';
import { useLang } from '../use-t';
import { CsvProblemList } from './CsvProblemList';

export function CsvImportResult({ csv, file, w, onClose }: { csv: CsvSummary; file: string; w: CsvWords; onClose?: () => void }) {
  const lang = useLang();
  return (
    <div class="csv-result">
      {csv.format ? <p>{w.recognised(w.format[csv.format])}</p> : null}
      <p role="status"><strong>{w.summary(formatCount(csv.kept, lang), csv.kept, formatCount(csv.bad, lang), csv.bad)}</strong></p>
      {csv.kept > 0 ? <p>{w.incidentsOnly}</p> : null}
      <CsvProblemList csv={csv} name={file} w={w} />
      {onClose ? <p><button type="button" onClick={onClose}>{w.close}</button></p> : null}
    </div>
  );
}

// `npm run import -- --format acled|ucdp <file.csv> --out <folder>`: converts an ACLED or UCDP GED CSV
// export into a dataset of our format (manifest and files) that `npm run validate` accepts, and says
// how many rows it kept and which it left out (row, column, value, why).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkedImport } from '../core/import/checked-import';
import { IMPORTED_FILES } from '../core/import/imported-bundle';
import type { CsvFormat } from '../core/import/detect-csv-format';
import type { RowProblem } from '../core/import/row-problem';
import { plural } from '../core/plural';
import { formatProblem, hasErrors } from '../core/problems';
import { readArgs, usageError, type Command } from './args';
import { readCsvExport } from './read-csv-export';

/** Bad rows printed without --verbose. */
const SHOWN_PROBLEMS = 20;

const COMMAND: Command<{
  format: { value: string; help: string };
  out: { value: string; help: string };
  timezone: { value: string; help: string };
  verbose: { help: string };
}> = {
  usage: 'npm run import -- [--format acled|ucdp] <export.csv> --out <folder> [--timezone Asia/Damascus] [--verbose]',
  summary: 'Converts an ACLED or UCDP GED CSV export into a dataset (dataset.json and its files, no control areas) in a folder. Bad rows are left out and listed (row as a spreadsheet numbers it, column, value). Exits 0 when the dataset is written, 1 when nothing could be kept.',
  flags: {
    format: { value: 'acled|ucdp', help: 'the codebook the file follows (default: the one its header shows)' },
    out: { value: 'folder', help: 'where to write dataset.json and its files (made if missing; files of the same names are replaced); required' },
    timezone: { value: 'zone', help: 'the IANA time zone the file\'s dates are days of (default: UTC)' },
    verbose: { help: `list every bad row (default: the first ${SHOWN_PROBLEMS})` },
  },
  positionals: [{ name: 'export.csv', help: 'the ACLED or UCDP GED export, as downloaded (CSV)' }],
};

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const { values: flags, positionals } = args;
  const file = positionals[0];
  if (!file) return usageError(COMMAND, 'the CSV file to import is required').exitCode;
  if (!flags.out) return usageError(COMMAND, '--out is required').exitCode;
  if (flags.format !== undefined && flags.format !== 'acled' && flags.format !== 'ucdp') {
    return usageError(COMMAND, `--format ${JSON.stringify(flags.format)}: use acled or ucdp`).exitCode;
  }
  const timeZone = flags.timezone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return usageError(COMMAND, `--timezone ${JSON.stringify(timeZone)}: not a known IANA time zone`).exitCode;
  }

  const result = await readCsvExport({ path: file, format: flags.format as CsvFormat | undefined, timeZone });
  if ('error' in result) {
    console.error(result.error);
    return 1;
  }
  const { bundle, kept, problems } = result;
  const shown = flags.verbose ? problems : problems.slice(0, SHOWN_PROBLEMS);
  for (const p of shown) console.error(problemLine(file, p));
  if (shown.length < problems.length) console.error(`… and ${problems.length - shown.length} more (--verbose lists them all)`);
  const rows = (n: number) => plural(n, 'en', { one: `${n} row`, other: `${n} rows` });
  console.error(`${file}: ${rows(kept)} kept, ${rows(problems.length)} left out`);
  if (!bundle) {
    console.error(`${file}: no row could be kept, so no dataset was written`);
    return 1;
  }

  // The converter's output is checked before a file is written (its records as far as a row could make them wrong; anything amiss, fully).
  const checked = checkedImport(bundle, file);
  if (!checked.dataset || hasErrors(checked.problems)) {
    for (const p of checked.problems) console.error(formatProblem(p));
    console.error(`${file}: the converted dataset does not validate (a fault of the importer: please report it); nothing was written`);
    return 1;
  }
  await mkdir(flags.out, { recursive: true });
  await writeFile(join(flags.out, 'dataset.json'), json(bundle.manifest));
  await Promise.all((Object.keys(IMPORTED_FILES) as (keyof typeof IMPORTED_FILES)[])
    .map((key) => writeFile(join(flags.out as string, IMPORTED_FILES[key]), json(bundle.files[key]))));
  console.error(`wrote ${join(flags.out, 'dataset.json')} (${bundle.manifest.id}: ${bundle.files.incidents.length} incidents, ${bundle.files.actors.length} actors, ${bundle.files.sources.length} sources)`);
  return 0;
}

/** "acled.csv: row 7, latitude = "95": is outside -90 to 90". */
function problemLine(file: string, p: RowProblem): string {
  const column = p.column ? `, ${p.column}${p.value === '' ? '' : ` = ${JSON.stringify(p.value)}`}` : '';
  return `${file}: row ${p.row}${column}: ${p.message}`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

// `npm run export-csv -- [--out <file>] [--data <manifest or bundle>] [--sources=-kind:x,-id]`: every
// incident as CSV (with --sources, every incident the sources not hidden support).
import { writeFile } from 'node:fs/promises';
import { incidentsCsv } from '../core/csv';
import { readArgs, usageError, type Command } from './args';
import { BUILTIN_MANIFEST, DATA_FLAG, loadValidOrReport } from './load';
import { applySourcesFlag, SOURCES_FLAG } from './sources-flag';

const COMMAND = {
  usage: 'npm run export-csv -- [--out file.csv] [--data dataset.json] [--sources=-kind:government_outlet,-fars]',
  summary: 'Writes every incident as CSV (casualty figures in a column per claimant) to a file or standard output.',
  flags: {
    out: { value: 'file', help: 'write the CSV to this file (default: standard output)' },
    data: DATA_FLAG,
    sources: SOURCES_FLAG,
  },
} satisfies Command<Record<string, { value: string; help: string }>>;

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const { values: flags } = args;
  const loaded = await loadValidOrReport(flags.data || BUILTIN_MANIFEST);
  if (!loaded) return 1;
  const lensed = applySourcesFlag(loaded, flags.sources);
  if ('error' in lensed) return usageError(COMMAND, lensed.error).exitCode;
  const { dataset } = lensed;
  const text = incidentsCsv(dataset);
  const out = flags.out;
  if (out) {
    await writeFile(out, text);
    console.error(`wrote ${out} (${dataset.incidents.length} incidents)`);
  } else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

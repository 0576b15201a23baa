// `npm run export-csv -- [--out <file>] [--data <manifest or bundle>]`: every incident as CSV.
import { writeFile } from 'node:fs/promises';
import { incidentsCsv } from '../core/csv';
import { readArgs, type Command } from './args';
import { BUILTIN_MANIFEST, DATA_FLAG, loadValidOrReport } from './load';

const COMMAND = {
  usage: 'npm run export-csv -- [--out file.csv] [--data dataset.json]',
  summary: 'Writes every incident as CSV (casualty figures in a column per claimant) to a file or standard output.',
  flags: {
    out: { value: 'file', help: 'write the CSV to this file (default: standard output)' },
    data: DATA_FLAG,
  },
} satisfies Command<Record<string, { value: string; help: string }>>;

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const { values: flags } = args;
  const dataset = await loadValidOrReport(flags.data || BUILTIN_MANIFEST);
  if (!dataset) return 1;
  const text = incidentsCsv(dataset);
  const out = flags.out;
  if (out) {
    await writeFile(out, text);
    console.error(`wrote ${out} (${dataset.incidents.length} incidents)`);
  } else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

// `npm run export-csv -- [--out <file>] [--data <manifest or bundle>]`: every incident as CSV.
import { writeFile } from 'node:fs/promises';
import { incidentsCsv } from '../core/csv';
import { readArgs } from './args';
import { loadValidOrReport } from './load';

async function main(argv: string[]): Promise<number> {
  const { flags } = readArgs(argv);
  if (flags.has('help')) {
    console.error('usage: npm run export-csv -- [--out file.csv] [--data dataset.json]');
    return 2;
  }
  const dataset = await loadValidOrReport(flags.get('data') || 'data/dataset.json');
  if (!dataset) return 1;
  const text = incidentsCsv(dataset);
  const out = flags.get('out');
  if (out) {
    await writeFile(out, text);
    console.error(`wrote ${out} (${dataset.incidents.length} incidents)`);
  } else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

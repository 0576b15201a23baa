// `npm run changes -- --from <time> --to <time> [--out <file>] [--data <manifest or bundle>] [--csv] [--sources …]`:
// writes what changed over a range (the Changes GeoJSON, or with --csv the changes of control as CSV).
import { writeFile } from 'node:fs/promises';
import { buildChanges, changesText } from '../core/changes-geojson';
import { changesCsv } from '../core/changes-csv';
import { indexDataset } from '../core/dataset-index';
import { rangeOfEnds, type RangeEnd } from '../core/time-range';
import { summarizeRange } from '../core/range-summary';
import { GENERATOR } from '../core/snapshot';
import { parseMoment } from '../core/time';
import type { Dataset } from '../core/types';
import { readArgs, usageError, type Command } from './args';
import { BUILTIN_MANIFEST, DATA_FLAG, loadValidOrReport } from './load';
import { applySourcesFlag, SOURCES_FLAG } from './sources-flag';

const TIME_FORMS = 'use 2016-04-21, 2016-04-21T14:30 or an ISO time with an offset';

const COMMAND = {
  usage: 'npm run changes -- --from <time> --to <time> [--out file] [--data dataset.json] [--csv] [--sources=-kind:government_outlet,-fars]',
  summary: 'Writes what changed from one time to another (both included): the Changes GeoJSON (RFC 7946), or with --csv the changes of control as CSV, to a file or standard output.',
  flags: {
    from: { value: 'time', help: 'the range\'s first moment in local time (2016-04-20T11:00), a day (its start: 2016-04-20), or an ISO time with an offset; required' },
    to: { value: 'time', help: 'the range\'s last moment, included (2016-04-22T15:30), a day (its end: 2016-04-23), or an ISO time with an offset; required' },
    out: { value: 'file', help: 'write to this file (default: standard output)' },
    data: DATA_FLAG,
    csv: { help: 'write the changes of control as CSV (one row per change) instead of GeoJSON' },
    sources: SOURCES_FLAG,
  },
} satisfies Command<Record<string, { value?: string; help: string }>>;

/** Reads one end, or prints why it cannot be used (exit code 2). */
function readEnd(name: 'from' | 'to', text: string, dataset: Dataset): RangeEnd | null {
  const end = parseMoment(text, dataset.manifest.timezone);
  if (!end) {
    console.error(`--${name} ${JSON.stringify(text)}: not a date or time (${TIME_FORMS})`);
    return null;
  }
  if (end.ms < dataset.start || end.ms > dataset.end) {
    console.error(`--${name} ${JSON.stringify(text)}: outside the dataset (${dataset.manifest.extent.start} to ${dataset.manifest.extent.end})`);
    return null;
  }
  return end;
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const { values: flags } = args;
  const missing = (['from', 'to'] as const).filter((name) => !flags[name]).map((name) => `--${name}`);
  if (missing.length > 0) return usageError(COMMAND, `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required`).exitCode;
  const loaded = await loadValidOrReport(flags.data || BUILTIN_MANIFEST);
  if (!loaded) return 1;
  const lensed = applySourcesFlag(loaded, flags.sources);
  if ('error' in lensed) return usageError(COMMAND, lensed.error).exitCode;
  const { dataset } = lensed;
  const from = readEnd('from', flags.from as string, dataset);
  const to = readEnd('to', flags.to as string, dataset);
  if (!from || !to) return 2;
  if (to.ms < from.ms) {
    console.error(`--to ${JSON.stringify(flags.to)} is before --from ${JSON.stringify(flags.from)}`);
    return 2;
  }
  const summary = summarizeRange(dataset, indexDataset(dataset), rangeOfEnds(from, to, dataset.manifest.timezone));
  const text = flags.csv ? changesCsv(dataset, summary.areas) : changesText(buildChanges(dataset, summary, { generator: GENERATOR, sources: lensed.lens }));
  const out = flags.out;
  if (out) {
    await writeFile(out, text);
    console.error(`wrote ${out} (${summary.areas.length} areas with changes, ${summary.incidents.length} incidents)`);
  } else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

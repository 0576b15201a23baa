// `npm run snapshot -- --at <time> [--out <file>] [--data <manifest or bundle>] [--layers a,b] [--sources=-kind:x,-id]`:
// writes the GeoJSON snapshot at a moment (or a whole day: --at 2016-04-21) to the file or stdout.
import { writeFile } from 'node:fs/promises';
import { indexDataset } from '../core/dataset-index';
import { isLayerId, layerIds, LAYER_IDS } from '../core/layers';
import { vocabularyOf } from '../core/vocabulary';
import { buildSnapshot, GENERATOR, snapshotText } from '../core/snapshot';
import { fromLocalParts, localParts, parseMoment, startOfLocalDay } from '../core/time';
import { readArgs, usageError, type Command } from './args';
import { BUILTIN_MANIFEST, DATA_FLAG, loadValidOrReport } from './load';
import { applySourcesFlag, SOURCES_FLAG } from './sources-flag';

const COMMAND = {
  usage: 'npm run snapshot -- --at <2016-04-21T14:30 | 2016-04-21 | ISO with offset> [--out file] [--data dataset.json] [--layers control,mortar,…] [--sources=-kind:government_outlet,-fars]',
  summary: 'Writes the GeoJSON snapshot (RFC 7946) of a moment, or of a whole day, to a file or standard output.',
  flags: {
    at: { value: 'time', help: 'the moment in local time (2016-04-21T14:30), a whole day (2016-04-21), or an ISO time with an offset; required' },
    out: { value: 'file', help: 'write the snapshot to this file (default: standard output)' },
    data: DATA_FLAG,
    layers: { value: 'list', help: `the layers shown, comma-separated (default: all: ${LAYER_IDS.join(',')})` },
    sources: SOURCES_FLAG,
  },
} satisfies Command<Record<string, { value: string; help: string }>>;

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const { values: flags } = args;
  const at = flags.at;
  if (!at) return usageError(COMMAND, '--at is required').exitCode;
  const loaded = await loadValidOrReport(flags.data || BUILTIN_MANIFEST);
  if (!loaded) return 1;
  const lensed = applySourcesFlag(loaded, flags.sources);
  if ('error' in lensed) return usageError(COMMAND, lensed.error).exitCode;
  const { dataset } = lensed;
  const tz = dataset.manifest.timezone;
  const moment = parseMoment(at, tz);
  if (!moment) {
    console.error(`--at ${JSON.stringify(at)}: not a date or time (use 2016-04-21, 2016-04-21T14:30 or an ISO time with an offset)`);
    return 2;
  }
  // The dataset's own layers (its vocabulary), after it is loaded.
  const vocabulary = vocabularyOf(dataset.manifest);
  const known = layerIds(vocabulary);
  const layers = (flags.layers ?? known.join(',')).split(',').filter(Boolean);
  const unknown = layers.filter((l) => !isLayerId(l, vocabulary));
  if (unknown.length > 0) {
    console.error(`--layers: unknown layer ${unknown.join(', ')} (known: ${known.join(', ')})`);
    return 2;
  }
  if (moment.ms < dataset.start || moment.ms > dataset.end) {
    console.error(`--at ${at}: outside the dataset (${dataset.manifest.extent.start} to ${dataset.manifest.extent.end})`);
    return 2;
  }
  let time = moment.ms;
  let day: [number, number] | null = null;
  if (moment.wholeDay) {
    const p = localParts(startOfLocalDay(moment.ms, tz), tz);
    const next = Math.min(dataset.end, fromLocalParts({ year: p.year, month: p.month, day: p.day + 1, hour: 0, minute: 0 }, tz));
    day = [moment.ms, next];
    time = next - 1;
  }
  const text = snapshotText(buildSnapshot(dataset, indexDataset(dataset), { time, day, layers: layers.filter((l) => isLayerId(l, vocabulary)), generator: GENERATOR, sources: lensed.lens }));
  const out = flags.out;
  if (out) {
    await writeFile(out, text);
    console.error(`wrote ${out}`);
  } else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

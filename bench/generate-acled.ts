// `npx tsx bench/generate-acled.ts --rows 10000 --out /tmp/acled-10k.csv`: writes an ACLED-shaped CSV
// of invented events (bench/acled-rows.ts) for the importer's benchmark; the same flags give the same bytes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readArgs } from '../src/cli/args';
import { acledLines } from './acled-rows';

const args = readArgs(process.argv.slice(2), {
  usage: 'npx tsx bench/generate-acled.ts --rows <n> --out <file.csv> [--seed <n>] [--date-form iso|text] [--inter text|numeric]',
  summary: 'Writes an ACLED-shaped CSV (its 31 columns) of invented events in a made-up country over one year, seeded.',
  flags: {
    rows: { value: 'n', help: 'how many events (rows after the header), e.g. 10000 or 100000; required' },
    out: { value: 'file', help: 'the CSV file written; required' },
    seed: { value: 'n', help: 'the random seed (default 1): the same seed gives the same bytes' },
    'date-form': { value: 'iso|text', help: 'event_date as 2021-03-16 (iso, the default) or 16 March 2021 (text, as the export tool writes it)' },
    inter: { value: 'text|numeric', help: 'inter1, inter2 and interaction as text (the default, as current exports) or numeric codes (older files)' },
  },
});
if (args.exitCode !== undefined) process.exit(args.exitCode);
const { rows, out, seed = '1', 'date-form': dateForm = 'iso', inter = 'text' } = args.values;
const count = Number(rows);
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
if (!Number.isInteger(count) || count < 0) fail(`--rows ${JSON.stringify(rows)}: expected a whole number, 0 or more`);
if (out === undefined) fail('--out <file.csv> is required (and --rows <n>)');
if (!Number.isInteger(Number(seed))) fail(`--seed ${JSON.stringify(seed)}: expected a whole number`);
if (dateForm !== 'iso' && dateForm !== 'text') fail(`--date-form ${JSON.stringify(dateForm)}: expected iso or text`);
if (inter !== 'text' && inter !== 'numeric') fail(`--inter ${JSON.stringify(inter)}: expected text or numeric`);

const started = performance.now();
const file = createWriteStream(out);
for (const line of acledLines({ rows: count, seed: Number(seed), dateForm, inter })) {
  if (!file.write(`${line}\n`)) await once(file, 'drain');
}
file.end();
await once(file, 'finish');
console.log(`wrote ${out} (${count} rows, seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// `npm run validate -- <manifest>`: validates a dataset and prints every problem; exits 1 on any error.
import { formatProblem, hasErrors } from '../core/problems';
import { readArgs, usageError, type Command } from './args';
import { loadFromPath } from './load';
import { plural } from '../core/plural';

const COMMAND: Command<Record<string, never>> = {
  usage: 'npm run validate -- <path to dataset.json>',
  summary: 'Validates a dataset (manifest or one-file bundle) and prints every problem: file › record › field = value: reason. Exits 1 on any error.',
  flags: {},
  positionals: [{ name: 'manifest', help: 'the dataset\'s manifest (dataset.json) or one-file bundle' }],
};

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const manifest = args.positionals[0];
  if (!manifest) return usageError(COMMAND, 'the path to a dataset\'s manifest is required').exitCode;
  const { dataset, problems } = await loadFromPath(manifest);
  for (const p of problems) console.log(formatProblem(p));
  if (dataset) {
    console.log(`${dataset.manifest.id} ${dataset.manifest.version}: ${dataset.sites.length} sites, ${dataset.control.changes.length} control changes, ${dataset.incidents.length} incidents, ${dataset.sources.length} sources`);
  }
  const errors = problems.filter((p) => p.severity !== 'warning').length;
  const count = (n: number, one: string, other: string) => plural(n, 'en', { one: `${n} ${one}`, other: `${n} ${other}` });
  console.log(errors === 0 && dataset ? `valid (${count(problems.length, 'warning', 'warnings')})` : `${count(errors, 'problem', 'problems')} found`);
  return dataset && !hasErrors(problems) ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

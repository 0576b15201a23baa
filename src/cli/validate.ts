// `npm run validate -- <manifest>`: validates a dataset and prints every problem; exits 1 on any error.
import { hasErrors } from '../core/problems';
import { loadFromPath } from './load';
import { formatProblem } from '../core/problems';
import { plural } from '../core/plural';

async function main(argv: string[]): Promise<number> {
  const manifest = argv[0];
  if (!manifest || argv.includes('--help')) {
    console.error('usage: npm run validate -- <path to dataset.json>');
    return 2;
  }
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

// Validates a dataset with the core's loader and writes its checked copy (src/core/checked-dataset.ts).
// Run by the build (scripts/vite-plugin-checked-dataset.ts) in a process of its own, like the
// previews: `tsx scripts/write-checked-dataset.ts <manifest> <out file>`. Exits 1, writing nothing,
// when the dataset has errors, and lists them.
import { readFile, writeFile } from 'node:fs/promises';
import { checkedDatasetText } from '../src/core/checked-dataset';
import { loadDataset } from '../src/core/dataset';
import { formatProblem, hasErrors } from '../src/core/problems';

const [manifest, out] = process.argv.slice(2);
if (!manifest || !out) {
  console.error('usage: tsx scripts/write-checked-dataset.ts <manifest> <out file>');
  process.exit(2);
}
const { dataset, problems } = await loadDataset(manifest, (path) => readFile(path, 'utf8'));
if (!dataset || hasErrors(problems)) {
  console.error(`${manifest} has errors:\n  ${problems.map(formatProblem).join('\n  ')}`);
  process.exit(1);
}
await writeFile(out, checkedDatasetText(dataset, problems));

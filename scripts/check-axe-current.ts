// Says whether the accessibility checker is the registry's latest release: each axe-core release
// adds or sharpens rules (4.14 began to run Label in Name), and an old one passes what a reader
// meets. CI prints the answer; it fails only when asked (--strict), so that a release on a given day
// does not stop unrelated work, and the next session upgrades.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const strict = process.argv.includes('--strict');
const installed = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

let outdated = false;
for (const name of ['axe-core', '@axe-core/playwright']) {
  let latest: string;
  try {
    latest = execFileSync('npm', ['view', name, 'version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim();
  } catch {
    console.log(`check-axe-current: could not ask the registry for ${name}'s latest release; skipped`);
    continue;
  }
  const have = installed(name);
  if (have === latest) console.log(`check-axe-current: ${name} ${have} is the latest release`);
  else {
    outdated = true;
    console.log(`check-axe-current: ${name} ${have} is installed, ${latest} is released: upgrade it (npm install -D -E ${name}@${latest}) and run tests/e2e/a11y.test.ts`);
  }
}
if (outdated && strict) process.exit(1);

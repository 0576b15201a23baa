// `npx tsx bench/profile-step.ts [0|1|2] [--embed] [--range]`: where a time step's script time goes (a CPU profile of 100
// steps in Chromium, self time by function). Run `npm run build` first.
import { readArgs, usageError } from '../src/cli/args';
import { hundredSteps, SYNTHETIC_ARGS, openSynthetic, sizeNamed } from './open-synthetic';

interface ProfileNode { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }

const COMMAND = {
  ...SYNTHETIC_ARGS,
  usage: 'npx tsx bench/profile-step.ts [0|1|2] [--embed] [--range]',
  summary: 'A CPU profile of 100 time steps in Chromium, self time by function (run `npm run build` first).',
};
const args = readArgs(process.argv.slice(2), COMMAND);
if (args.exitCode !== undefined) process.exit(args.exitCode);
const size = sizeNamed(args.positionals[0]) ?? process.exit(usageError(COMMAND, `size ${JSON.stringify(args.positionals[0])}: expected 0, 1 or 2`).exitCode);
const { page, close } = await openSynthetic(size, { embed: args.values.embed, range: args.values.range });
try {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.evaluate(hundredSteps({ range: args.values.range }));
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`${size.name}: 100 steps in ${Date.now() - t0} ms (each waits for a frame)`);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  (profile.samples ?? []).forEach((id, i) => {
    const node = nodes.get(id);
    if (node) self.set(label(node), (self.get(label(node)) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
} finally {
  await close();
}

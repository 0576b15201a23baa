// `npx tsx bench/profile-step.ts [0|1|2] [--embed] [--range]`: where a time step's script time goes (a CPU profile of 100
// steps in Chromium, self time by function). Run `npm run build` first. PROFILE_OUT=<file> keeps the
// profile (a .cpuprofile, for DevTools or a script).
import { writeFileSync } from 'node:fs';
import { readArgs, usageError } from '../src/cli/args';
import { hundredSteps, SYNTHETIC_ARGS, openSynthetic, sizeNamed } from './open-synthetic';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }

const COMMAND = {
  ...SYNTHETIC_ARGS,
  flags: {
    ...SYNTHETIC_ARGS.flags,
    inclusive: { help: 'also list time by function with what it calls (a build with --minify false names them)' },
    top: { value: 'n', help: 'how many functions to list (default 15)' },
  },
  usage: 'npx tsx bench/profile-step.ts [0|1|2] [--embed] [--range] [--inclusive] [--top=<n>]',
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
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  (profile.samples ?? []).forEach((id, i) => {
    const node = nodes.get(id);
    if (node) self.set(label(node), (self.get(label(node)) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = Number(args.values.top ?? 15);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
  if (args.values.inclusive) {
    // A sample counts once for each distinct function on its stack.
    const parent = new Map<number, number>();
    for (const n of profile.nodes as ProfileNode[]) for (const c of n.children ?? []) parent.set(c, n.id);
    const total = new Map<string, number>();
    (profile.samples ?? []).forEach((id, i) => {
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const node = nodes.get(n);
        if (node) seen.add(label(node));
      }
      for (const k of seen) total.set(k, (total.get(k) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    });
    console.log('with what they call:');
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
  }
} finally {
  await close();
}

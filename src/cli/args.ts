// Command-line flags for the tools, read by node:util's parseArgs in strict mode: a mistyped flag
// stops the tool with a message naming it (exit code 2) instead of being ignored; --help lists them.
import { parseArgs } from 'node:util';

export interface Flag {
  /** What the flag's value is, shown in the help ("file", "time"); absent for a flag with no value. */
  value?: string;
  /** One line for --help. */
  help: string;
}

export interface Command<F extends Record<string, Flag>> {
  /** How to run it, e.g. "npm run snapshot -- --at <time> [--out file]". */
  usage: string;
  /** What it does, in a sentence. */
  summary: string;
  flags: F;
  /** The positional arguments it takes, in order (none when absent); each may be left out. */
  positionals?: readonly { name: string; help: string }[];
}

/** The flags given: a string for a flag with a value, true for one without. */
export type FlagValues<F extends Record<string, Flag>> = {
  [K in keyof F]?: F[K] extends { value: string } ? string : boolean;
};

/** What was read, or the exit code when the tool should stop here (after --help, or a usage error). */
export type ReadArgs<F extends Record<string, Flag>> =
  | { values: FlagValues<F>; positionals: string[]; exitCode?: undefined }
  | { exitCode: number };

const HELP: Flag = { help: 'show this help' };

/** Reads argv against the command's flags; prints the help or the usage error itself. */
export function readArgs<F extends Record<string, Flag>>(argv: readonly string[], command: Command<F>): ReadArgs<F> {
  const flags: Record<string, Flag> = { ...command.flags, help: HELP };
  const options = Object.fromEntries(Object.entries(flags).map(([name, flag]) => [name, { type: flag.value === undefined ? 'boolean' as const : 'string' as const }]));
  const allowed = command.positionals ?? [];
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: allowed.length > 0 });
  } catch (err) {
    return usageError(command, err instanceof Error ? err.message : String(err));
  }
  if (parsed.values.help === true) {
    console.log(helpText(command, flags));
    return { exitCode: 0 };
  }
  if (parsed.positionals.length > allowed.length) {
    return usageError(command, `unexpected argument ${JSON.stringify(parsed.positionals[allowed.length])}`);
  }
  return { values: parsed.values as FlagValues<F>, positionals: parsed.positionals };
}

/** Prints a usage error (with the usage line) to stderr; the tool then exits with 2. */
export function usageError(command: Command<Record<string, Flag>>, message: string): { exitCode: number } {
  const names = Object.keys(command.flags).map((name) => `--${name}`);
  const more = names.length > 0 ? `flags: ${names.join(', ')}; --help explains them` : '--help explains the arguments';
  console.error(`${message}\nusage: ${command.usage}\n${more}`);
  return { exitCode: 2 };
}

function helpText(command: Command<Record<string, Flag>>, flags: Record<string, Flag>): string {
  const rows = [
    ...(command.positionals ?? []).map((p) => [`<${p.name}>`, p.help]),
    ...Object.entries(flags).map(([name, flag]) => [`--${name}${flag.value === undefined ? '' : ` <${flag.value}>`}`, flag.help]),
  ] as [string, string][];
  const width = Math.max(...rows.map(([left]) => left.length));
  return [`usage: ${command.usage}`, '', command.summary, '', ...rows.map(([left, help]) => `  ${left.padEnd(width)}  ${help}`)].join('\n');
}

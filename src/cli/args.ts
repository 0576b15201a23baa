// Minimal flag reading for the command-line tools: `--name value` pairs and positionals.
export function readArgs(argv: readonly string[]): { flags: Map<string, string>; positional: string[] } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (i + 1 < argv.length && !(argv[i + 1] as string).startsWith('--')) flags.set(name, argv[++i] as string);
      else flags.set(name, '');
    } else positional.push(arg);
  }
  return { flags, positional };
}

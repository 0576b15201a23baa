// The flag reader itself, without starting a process: values, positionals, and what it refuses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArgs, type Command } from '../../src/cli/args';

const COMMAND = {
  usage: 'tool [--out file] [--quick] [input]',
  summary: 'Does a thing.',
  flags: { out: { value: 'file', help: 'where to write' }, quick: { help: 'the short run' } },
  positionals: [{ name: 'input', help: 'what to read' }],
} satisfies Command<Record<string, { value?: string; help: string }>>;

function read(argv: string[]) {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((text: string) => { errors.push(text); });
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => { printed.push(text); });
  return { result: readArgs(argv, COMMAND), errors: errors.join('\n'), printed: printed.join('\n') };
}

afterEach(() => { vi.restoreAllMocks(); });

describe('readArgs', () => {
  it('reads values, switches and a positional in any order', () => {
    expect(read(['in.json', '--out=o.csv', '--quick']).result).toEqual({ values: { out: 'o.csv', quick: true }, positionals: ['in.json'] });
    expect(read(['--out', 'o.csv']).result).toEqual({ values: { out: 'o.csv' }, positionals: [] });
  });

  it.each([
    [['--outt', 'o.csv'], /Unknown option '--outt'/],
    [['--out'], /'--out <value>' argument missing/],
    [['--out', '--quick'], /'--out' argument is ambiguous/],
    [['--quick=yes'], /'--quick' does not take an argument/],
    [['a.json', 'b.json'], /unexpected argument "b\.json"/],
  ])('refuses %j with exit code 2, naming what is wrong', (argv, message) => {
    const { result, errors, printed } = read(argv);
    expect(result).toEqual({ exitCode: 2 });
    expect(errors).toMatch(message);
    expect(errors).toMatch(/^usage: tool /m);
    expect(errors).toMatch(/flags: --out, --quick; --help explains them/);
    expect(printed).toBe('');
  });

  it('prints the help, every flag and positional on its own line, and stops with exit code 0', () => {
    const { result, errors, printed } = read(['--help']);
    expect(result).toEqual({ exitCode: 0 });
    expect(errors).toBe('');
    expect(printed.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['<input>', 'what to read'], ['--out <file>', 'where to write'], ['--quick', 'the short run'], ['--help', 'show this help'],
    ]);
  });
});

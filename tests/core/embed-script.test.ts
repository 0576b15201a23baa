// embed.js runs on other people's pages: small, and nothing a strict CSP forbids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEmbedScript, EMBED_SCRIPT_BUDGET_BYTES, EMBED_SCRIPT_SOURCE, gzipBytes } from '../../scripts/embed-script';

const source = readFileSync(EMBED_SCRIPT_SOURCE, 'utf8');

describe('embed.js', () => {
  it('is at most 1 KB gzipped, as the build serves it', async () => {
    const bytes = gzipBytes(await buildEmbedScript());
    expect(bytes).toBeGreaterThan(100);
    expect(bytes).toBeLessThanOrEqual(EMBED_SCRIPT_BUDGET_BYTES);
  });

  it('evaluates no strings and writes no style attributes or HTML', async () => {
    for (const text of [source, await buildEmbedScript()]) {
      for (const banned of [/\beval\s*\(/, /\bFunction\s*\(/, /setTimeout\s*\(\s*['"`]/, /setAttribute\s*\(\s*['"]style/, /\.innerHTML\b/, /\bimport\s*\(/]) {
        expect(text).not.toMatch(banned);
      }
    }
  });

  it('checks both who sent a message and from which origin', () => {
    expect(source).toMatch(/e\.source\s*!==\s*f\.contentWindow/);
    expect(source).toMatch(/e\.origin\s*===\s*new URL\(f\.src/);
  });
});

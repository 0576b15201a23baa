// embed.js runs on other people's pages: small, and nothing a strict CSP forbids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_SCRIPT_BUDGET_BYTES, embedScriptGzipBytes } from '../../scripts/embed-script-size';

const source = readFileSync('public/embed.js', 'utf8');

describe('embed.js', () => {
  it('is at most 1 KB gzipped', () => {
    const bytes = embedScriptGzipBytes();
    expect(bytes).toBeGreaterThan(100);
    expect(bytes).toBeLessThanOrEqual(EMBED_SCRIPT_BUDGET_BYTES);
  });

  it('evaluates no strings and writes no style attributes or HTML', () => {
    for (const banned of [/\beval\s*\(/, /\bFunction\s*\(/, /setTimeout\s*\(\s*['"`]/, /setAttribute\s*\(\s*['"]style/, /\.innerHTML\b/, /\bimport\s*\(/]) {
      expect(source).not.toMatch(banned);
    }
  });

  it('checks both who sent a message and from which origin', () => {
    expect(source).toMatch(/e\.source\s*!==\s*f\.contentWindow/);
    expect(source).toMatch(/e\.origin\s*===\s*new URL\(f\.src/);
  });
});

// Builds embed.js, the article's script, from src/embed/embed.js: minified, for the build's root.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minify } from 'vite';

export const EMBED_SCRIPT_SOURCE = 'src/embed/embed.js';
export const EMBED_SCRIPT_BUDGET_BYTES = 1024;

/** The script as served: the source minified (its comments are in the source and the docs). */
export async function buildEmbedScript(source = EMBED_SCRIPT_SOURCE): Promise<string> {
  const { code } = await minify('embed.js', readFileSync(source, 'utf8'), { compress: true, mangle: true });
  return code;
}

export function gzipBytes(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

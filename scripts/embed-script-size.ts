// The host-page script's size, gzipped: embed.js must stay within 1 KB (checked by check-bundle and a test).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const EMBED_SCRIPT_BUDGET_BYTES = 1024;

export function embedScriptGzipBytes(file = 'public/embed.js'): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressedMiddleware } from '../../bench/precompressed-files';

// Invented rows: what the files hold does not matter, only how they are sent.
const text = 'event_id_cnty,notes\nXXX1,an invented row\n';
let server: Server;
let base = '';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'precompressed-'));
  writeFileSync(join(root, 'stored.csv'), text);
  writeFileSync(join(root, 'stored.csv.gz'), gzipSync(text));
  writeFileSync(join(root, 'plain.csv'), text);
  const send = precompressedMiddleware(root);
  server = createServer((req, res) => send(req, res, () => res.writeHead(404).end('passed on')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The response as sent (fetch would inflate the body and hide how it came). */
function get(path: string, encoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) })).on('error', reject);
    }).on('error', reject);
  });
}

describe('precompressedMiddleware', () => {
  it('sends a CSV with a stored .gz copy as that copy, gzip-encoded, with its length', async () => {
    const { headers, body } = await get('/stored.csv', 'gzip, deflate');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(gunzipSync(body).toString('utf8')).toBe(text);
  });

  it('passes on a CSV without a stored copy, and a client that does not take gzip', async () => {
    expect((await get('/plain.csv', 'gzip')).body.toString('utf8')).toBe('passed on');
    expect((await get('/stored.csv', 'identity')).body.toString('utf8')).toBe('passed on');
  });
});

// The benchmark's server sends a file that has a gzipped copy beside it (x.csv.gz) as a static host
// that stores its large files compressed does: the copy's bytes, with Content-Encoding: gzip. Vite's
// preview server otherwise compresses every response as it sends it, and here it sends on the same
// two cores the browser runs on: a 47 MB CSV cost its Node process some 0.6–0.8 s of CPU during the
// import, time a reader's machine never spends (the browser still inflates the bytes).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export function precompressedFiles(root = 'dist'): Plugin {
  return {
    name: 'bench-precompressed-files',
    configurePreviewServer(server) {
      server.middlewares.use(precompressedMiddleware(root));
    },
  };
}

/** Sends a .csv's stored .gz copy to a client that takes gzip; anything else goes on to `next`. */
export function precompressedMiddleware(root: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const gz = join(root, `${path}.gz`);
    if (!path.endsWith('.csv') || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || !existsSync(gz)) return next();
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', statSync(gz).size);
    createReadStream(gz).pipe(res);
  };
}

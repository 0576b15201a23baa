// Serves data/ at /data/ in development and ships it as dist/data/ in the build, so the dataset stays
// plain files that a newsroom can replace without touching code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  // The examples folder also holds a host page with its script and stylesheet.
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function datasetFiles(dataDir: string, urlPrefix = 'data'): Plugin {
  const root = resolve(dataDir);
  return {
    name: 'dataset-files',
    configureServer(server) {
      server.middlewares.use(`/${urlPrefix}`, (req, res, next) => {
        const path = resolve(root, `.${decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')}`);
        if (!path.startsWith(root + sep)) return next();
        try {
          const body = readFileSync(path);
          res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of filesUnder(root)) {
        const rel = relative(root, file).split(sep).join('/');
        this.emitFile({ type: 'asset', fileName: `${urlPrefix}/${rel}`, source: readFileSync(file) });
      }
    },
  };
}

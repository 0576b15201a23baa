// Serves embed.js beside the app: minified into the build's root, as written in development.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { buildEmbedScript, EMBED_SCRIPT_SOURCE } from './embed-script.ts';

export function embedScript(): Plugin {
  return {
    name: 'embed-script',
    configureServer(server) {
      server.middlewares.use('/embed.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(EMBED_SCRIPT_SOURCE));
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildEmbedScript() });
    },
  };
}

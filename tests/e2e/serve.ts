// Serves the built app (dist/) on 127.0.0.1 with Vite's preview server, on a free port.
import { existsSync } from 'node:fs';
import { preview, type PluginOption, type PreviewServer } from 'vite';

/** `plugins` add to the preview server (the benchmark's precompressed files). */
export async function serveDist(port = 0, plugins: PluginOption[] = []): Promise<{ url: string; server: PreviewServer }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" before the browser tests');
  const server = await preview({ logLevel: 'warn', plugins, preview: { host: '127.0.0.1', port, strictPort: port !== 0 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { url, server };
}

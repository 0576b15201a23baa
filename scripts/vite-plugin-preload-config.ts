// The deployment's config.json is read before the first map is drawn (its tiles go under it): the
// built index.html preloads it, so that it arrives with the app's code instead of after it has run.
import type { Plugin } from 'vite';

export function preloadConfig(): Plugin {
  return {
    name: 'preload-config',
    apply: 'build',
    transformIndexHtml() {
      // crossorigin: the app reads it with fetch(), a CORS request, and a preload serves only a request like it.
      return [{ tag: 'link', attrs: { rel: 'preload', href: 'config.json', as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
    },
  };
}

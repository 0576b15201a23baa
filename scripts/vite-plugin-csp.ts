// Writes the Content Security Policy into the built index.html, right after the charset and before
// anything it governs. Only in builds: the development server injects inline <style> for hot reload,
// which the policy forbids.
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html)) throw new Error('index.html has no <meta charset="utf-8">: the CSP goes right after it');
        // The policy has no double quotes, so it sits in the attribute as written (and reads as such).
        return html.replace(CHARSET, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}

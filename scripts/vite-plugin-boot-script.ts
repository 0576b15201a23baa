// Builds src/boot.ts as an entry of its own and puts it in index.html before the app's bundle. Vite
// would merge a second module script in index.html into the app's entry, whose download the boot
// script exists not to wait for.
import type { Plugin } from 'vite';

const BOOT = 'src/boot.ts';

export function bootScript(): Plugin {
  let building = false;
  return {
    name: 'boot-script',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      this.emitFile({ type: 'chunk', id: BOOT, name: 'boot' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let src = `/${BOOT}`;
        if (ctx.bundle) {
          const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(BOOT));
          if (!chunk) throw new Error(`${BOOT} was not built`);
          src = `./${chunk.fileName}`;
        }
        // Just before the app's bundle, after the Content Security Policy; async: it runs as soon as it
        // is here, not once the page has been parsed.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('index.html has no module script: the boot script goes before it');
        return `${html.slice(0, at)}<script type="module" async crossorigin src="${src}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}

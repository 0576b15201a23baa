// Checks that hostile text in a page stayed text: nothing ran, no handler or script came from data,
// and no link or source points anywhere but http(s).
import type { Frame, Page } from 'playwright-core';

export interface Findings {
  pwned: unknown;
  /** Elements with an on* attribute ("DIV onclick"). */
  handlerAttributes: string[];
  /** Scripts that are not the app's own files. */
  foreignScripts: string[];
  /** Elements that do not belong in this app at all (iframes, objects, the payload's <img src=x>). */
  foreignElements: string[];
  /** href/src/action values whose scheme is not http(s) ("A href=javascript:…"). */
  unsafeUrls: string[];
}

/**
 * Resolves once an image with the payload's address (`<img src=x>`) has failed to load in the page:
 * any such image that hostile text made earlier, attached or not, has failed by then too (the same
 * address, asked for earlier), so its onerror handler would have run.
 */
export async function settleImageErrors(target: Page | Frame): Promise<void> {
  await target.evaluate(() => new Promise<void>((resolve) => {
    const probe = new Image();
    probe.addEventListener('error', () => resolve(), { once: true });
    probe.addEventListener('load', () => resolve(), { once: true });
    probe.src = 'x';
  }));
}

export function inspect(target: Page | Frame): Promise<Findings> {
  return target.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    // A sandboxed frame's origin is "null": the app's files are those beside its address.
    const appOrigin = new URL(document.baseURI).origin;
    const describe = (el: Element, name: string, value: string) => `${el.tagName} ${name}=${value}`;
    // index.html's empty data: favicon (it stops a request for /favicon.ico).
    const isFavicon = (el: Element) => el.matches('link[rel="icon"][href="data:,"]');
    const safeUrl = (value: string) => {
      const v = value.trim();
      if (v.startsWith('#') || v.startsWith('?')) return true;
      try {
        return ['http:', 'https:'].includes(new URL(v, document.baseURI).protocol);
      } catch {
        return false;
      }
    };
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlerAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => describe(el, a.name, a.value))),
      foreignScripts: [...document.scripts].filter((s) => !s.src || new URL(s.src).origin !== appOrigin)
        .map((s) => s.src || (s.textContent ?? '').slice(0, 60)),
      foreignElements: [...document.querySelectorAll('iframe, object, embed, img[src="x"]')].map((el) => el.outerHTML.slice(0, 80)),
      unsafeUrls: all.flatMap((el) => [...el.attributes]
        .filter((a) => /^(href|xlink:href|src|action|formaction)$/i.test(a.name) && !safeUrl(a.value) && !isFavicon(el))
        .map((a) => describe(el, a.name, a.value))),
    };
  });
}

export const INERT: Findings = { pwned: undefined, handlerAttributes: [], foreignScripts: [], foreignElements: [], unsafeUrls: [] };

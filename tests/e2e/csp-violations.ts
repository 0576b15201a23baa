// Records Content Security Policy violations in every frame of a page: the events the browser fires
// (kept on window by an init script) and its console reports.
import type { BrowserContext, Frame, Page } from 'playwright-core';

export interface Violation { directive: string; blocked: string; sample: string }

declare global {
  interface Window { __cspViolations?: Violation[] }
}

/** Call before the page loads: every frame of the context keeps its violations on window. */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
}

/** The violations a frame (or a page's main frame) has seen so far; fails where nothing recorded them. */
export async function violationsIn(target: Page | Frame): Promise<Violation[]> {
  const seen = await target.evaluate(() => window.__cspViolations ?? null);
  if (seen === null) throw new Error('no violation recorder in this frame: call recordViolations before it loads');
  return seen;
}

/** Console messages that report a policy at work; collected from the moment this is called. */
export function cspConsoleMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) messages.push(m.text()); });
  return messages;
}

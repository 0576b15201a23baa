// The notice for a link made with another version of the data (v=): loaded only for such a link.
import type { LinkState } from '../core/link-format';
import { linkVersionProblem } from '../core/link-version';
import type { AppStore } from '../store/store';

/** Adds the notice, if the link's version calls for one (link-version.ts says which). */
export function tellLinkVersion({ store, link, timeZone }: { store: AppStore; link: LinkState; timeZone: string }): void {
  const { dataset } = store.getState();
  const problem = dataset ? linkVersionProblem(link, dataset) : null;
  if (problem) store.getState().addNotice('link-v', { say: 'link', problem, timeZone });
}

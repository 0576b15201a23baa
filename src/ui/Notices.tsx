// Quiet notices the reader can dismiss (a part of the link ignored, web tiles unreachable). Their
// words load on demand with the list, which first-load pages without a notice never need.
import { lazyComponent } from './lazy';
import { useApp } from './store-context';

const NoticeList = lazyComponent(() => import('./NoticeList').then((m) => m.NoticeList));

/** Loads the notices' list ahead of a notice that is sure to come (an import's), so that it comes in the same frame as what it tells of. */
export const preloadNotices = (): Promise<void> => NoticeList.preload();

export function Notices() {
  const any = useApp((s) => s.notices.length > 0);
  return any ? <NoticeList /> : null;
}

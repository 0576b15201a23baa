// The "What changed" panel: loaded on demand, title included, when a range is first shown. Its body
// (the range's summary, which measures areas) loads in a part of its own, so that the first page's
// list of parts to fetch names this small one only. It takes in a step of the time when the page is
// idle, after the map has shown it: a frame later, or once a scrub pauses (FollowsWhenIdle.tsx).
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { FollowsWhenIdle } from '../FollowsWhenIdle';
import { lazyComponent } from '../lazy';
import { Panel } from '../Panel';
import { useLang } from '../use-t';

const ChangesBody = lazyComponent(() => import('./ChangesBody').then((m) => m.ChangesBody));

/** Open in the sidebar; folded, as the incident list is, in the embedded layout. */
export function ChangesPanel({ embedded = false }: { embedded?: boolean }) {
  const w = CHANGES_WORDS[useLang()];
  return <Panel id="panel-changes" title={w.title} open={!embedded} className={embedded ? 'embed-list' : undefined}><FollowsWhenIdle><ChangesBody /></FollowsWhenIdle></Panel>;
}

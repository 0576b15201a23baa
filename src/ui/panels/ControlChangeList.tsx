// Each change of control inside the range, in time order: the area, from → to, when (as precise as
// its sources allow) and its sources, cited as the popups cite them. Each row renders once: moving an
// end of the range adds or drops rows, and leaves the others as they were.
import type { AreaChange } from '../../core/changes';
import { changeWhen } from '../../core/describe';
import { formatCount } from '../../core/locale';
import { citeSource, safeHref } from '../../core/source-text';
import type { Lang } from '../../core/names';
import type { Actor, ControlChange, Site, Source } from '../../core/types';
import { useMemo, useRef } from 'preact/hooks';
import { PureComponent } from '../PureComponent';
import { CHANGES_WORDS } from '../../i18n/changes-words';
import { selectActorsById, selectSitesById, selectTimeZone } from '../../store/selectors';
import { PlaceName } from '../PlaceName';
import { useApp } from '../store-context';
import { useLang } from '../use-t';
import { ActorSwatch } from './ActorSwatch';
import { changesInTimeOrder, type ChangeOrder, type TimedChange } from './changes-in-time-order';

export function ControlChangeList({ areas }: { areas: readonly AreaChange[] }) {
  const actors = useApp(selectActorsById);
  const sites = useApp(selectSitesById);
  const timeZone = useApp(selectTimeZone);
  const sources = useApp((s) => s.dataset?.sources);
  const lang = useLang();
  const w = CHANGES_WORDS[lang];
  const byId = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s])), [sources]);
  // The same areas while no change came into the range or left it: most steps of its end; otherwise
  // the list before, with the changes of the areas that came or went (another index's share none).
  const order = useRef<ChangeOrder | null>(null);
  const changes = useMemo(() => changesInTimeOrder(areas, order.current), [areas]);
  order.current = { areas, changes };
  return (
    <section class="changes-section" aria-labelledby="changes-control">
      <h3 id="changes-control">{w.changesHeading}</h3>
      {changes.length === 0 ? <p>{w.noChanges}</p> : (
        <ol class="changes-list" aria-label={w.changesList}>
          {groupsOf(changes).map((group, k) => (
            <ChangeGroup key={k} changes={group} sites={sites} actors={actors} sources={byId} timeZone={timeZone} lang={lang} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** Rows rendered as one: a move of the range's end adds or drops changes at the list's end, in its last group. */
const GROUP = 32;

function groupsOf(changes: TimedChange[]): TimedChange[][] {
  const groups: TimedChange[][] = [];
  for (let i = 0; i < changes.length; i += GROUP) groups.push(changes.slice(i, i + GROUP));
  return groups;
}

interface GroupProps extends Omit<RowProps, 'change' | 'wasContested' | 'site'> {
  changes: TimedChange[];
  sites: Map<string, Site>;
}

/**
 * A group of rows (children of the list, as the rows themselves were) that renders only when one of
 * its changes or their words differ: a long range lists thousands of changes, which a step need not visit.
 */
class ChangeGroup extends PureComponent<GroupProps> {
  override shouldComponentUpdate(next: GroupProps): boolean {
    const { changes, sites, actors, sources, timeZone, lang } = this.props;
    if (changes.length !== next.changes.length || sites !== next.sites || actors !== next.actors || sources !== next.sources
      || timeZone !== next.timeZone || lang !== next.lang) return true;
    return changes.some((c, i) => c.change !== next.changes[i]?.change || c.wasContested !== next.changes[i]?.wasContested);
  }

  override render({ changes, sites, ...rest }: GroupProps) {
    return (
      <>
        {changes.map(({ change, wasContested }) => (
          <ChangeRow key={change.id} change={change} wasContested={wasContested} site={sites.get(change.site)} {...rest} />
        ))}
      </>
    );
  }
}

interface RowProps {
  change: ControlChange;
  wasContested: boolean;
  site: Site | undefined;
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  timeZone: string;
  lang: Lang;
}

/** A change re-renders only when its own props change, not each time an end of the range moves. */
class ChangeRow extends PureComponent<RowProps> {
  override render({ change, wasContested, site, actors, sources, timeZone, lang }: RowProps) {
    const w = CHANGES_WORDS[lang];
    return (
      <li data-change={change.id}>
        <h4 class="changes-area">{site ? <PlaceName name={site.properties.name} /> : change.site}</h4>
        <p class="changes-holders">
          <span class="visually-hidden">{w.from}</span>
          <ActorSwatch id={change.from} actor={actors.get(change.from)} contested={wasContested} />
          {wasContested ? w.contested : null}
          <span aria-hidden="true">{w.arrow}</span><span class="visually-hidden">{w.to}</span>
          <ActorSwatch id={change.to} actor={actors.get(change.to)} contested={change.contested} />
          {change.contested ? w.contested : null}
        </p>
        <p class="changes-when">{w.when}{changeWhen(change, timeZone, lang)}</p>
        {/* Folded: a range's changes cite many sources, and open they would make the panel very long. */}
        <details class="changes-sources">
          <summary>{w.sourcesCount(formatCount(change.sources.length, lang))}</summary>
          <ul aria-label={w.sources} lang="en" dir="auto">
            {change.sources.map((id) => {
              const s = sources.get(id);
              if (!s) return null;
              const href = safeHref(s.url);
              return <li key={id}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{citeSource(s)}</a> : citeSource(s)}</li>;
            })}
          </ul>
        </details>
      </li>
    );
  }
}

// A picture's alt text, from the same state it draws: the time, who held how many areas, what
// changed hands (with its time as precisely as the sources give it), and how many incidents. Only
// what the data says.
import type { AreaState } from '../control';
import { changeWhen } from '../describe';
import { formatList } from '../format-list';
import { formatCount } from '../locale';
import { nameIn, type Lang } from '../names';
import type { ControlChange } from '../types';

import { TIME_WORDS } from '../time-words';
import { RENDER_WORDS } from './render-words';
import { viewContents, type ViewQuery } from './view-contents';
import { viewTimeText } from './view-time';

/** What the alt text reads: RenderRequest's dataset, index, view, layers and lang. */
export type AltTextRequest = ViewQuery & { lang: Lang };

export function altText(req: AltTextRequest): string {
  const { dataset, view, lang } = req;
  const w = RENDER_WORDS[lang];
  const tz = dataset.manifest.timezone;
  const contents = viewContents(req);
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const holder = (id: string) => w.isolate(actors.get(id)?.short ?? id);
  const place = (id: string) => {
    const site = sites.get(id);
    return w.isolate(site ? nameIn(site.properties.name, lang).text : id);
  };
  const n = (x: number) => formatCount(x, lang);
  // "12:00 local time", but "the whole day, local time".
  const sentences = [`${viewTimeText(view, tz, lang)}${view.span === 'moment' ? ' ' : TIME_WORDS[lang].comma}${w.localTime}.`];

  if (contents.layers.has('control') && contents.states.length > 0) {
    sentences.push(holdersSentence(contents.states, { lang, holder, order: dataset.actors.map((a) => a.id) }));
    const changes = contents.range || contents.day
      ? contents.changed.map((c) => ({ site: c.site, from: c.before.controller, to: c.after.controller, change: c.after.controller === c.before.controller ? c.after.change : c.after.sinceChange }))
      : contents.states.filter((s) => contents.recent.has(s.site)).map((s) => ({ site: s.site, from: s.sinceChange?.from ?? s.controller, to: s.controller, change: s.sinceChange }));
    const described = changes.map(({ site, from, to, change }) =>
      w.changedHands(place(site), holder(from), holder(to), change ? changeWhen(change as ControlChange, tz, lang) : ''));
    if (described.length > 0) sentences.push(`${described.join(lang === 'ar' ? '؛ ' : '; ')}.`);
  }
  const count = contents.incidents.length;
  const say = contents.range ? w.incidentsInRange : contents.day ? w.incidentsInDay : w.incidentsAtMoment;
  sentences.push(say(n(count), count));
  return sentences.join(' ');
}

/** "Of 13 areas, Asayish held 7, Government held 3 and NDF held 2; 4 contested." Most held first. */
function holdersSentence(states: readonly AreaState[], { lang, holder, order }: { lang: Lang; holder: (id: string) => string; order: readonly string[] }): string {
  const w = RENDER_WORDS[lang];
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s.controller, (counts.get(s.controller) ?? 0) + 1);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const ids = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || rank(a) - rank(b) || a.localeCompare(b));
  const list = formatList(ids.map((id) => w.holderCount(holder(id), formatCount(counts.get(id) as number, lang))), lang);
  const contested = states.filter((s) => s.contested).length;
  const text = w.areasHeld(formatCount(states.length, lang), states.length, list);
  return `${text}${contested > 0 ? `${lang === 'ar' ? '؛ ' : '; '}${w.contestedCount(formatCount(contested, lang))}` : ''}.`;
}

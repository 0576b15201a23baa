// What the source lens hid, in sentences: how many sources, and the records and figures that rest
// only on them (the line under the title, and the Sources dialog).
import { formatCount } from '../../core/locale';
import { formatList } from '../../core/format-list';
import type { Lang } from '../../core/names';
import type { MoreMessages } from '../../i18n/more';
import type { AppliedLens } from '../../store/store';

export function lensSummary(lens: AppliedLens, totalSources: number, m: MoreMessages, lang: Lang): string {
  const n = (x: number) => formatCount(x, lang);
  const { incidents, controlChanges, casualtyClaims, initialControl } = lens.hidden;
  const records = [
    ...(incidents > 0 ? [m.lensIncidents(n(incidents), incidents)] : []),
    ...(controlChanges > 0 ? [m.lensChanges(n(controlChanges), controlChanges)] : []),
  ];
  return [
    m.lensShowsSome(n(lens.hiddenSourceCount), n(totalSources)),
    records.length > 0 ? m.lensHiddenRecords(formatList(records, lang)) : m.lensNoRecords,
    casualtyClaims > 0 ? m.lensClaims(n(casualtyClaims), casualtyClaims) : '',
    initialControl > 0 ? m.lensStarts(n(initialControl), initialControl) : '',
  ].filter(Boolean).join(' ');
}

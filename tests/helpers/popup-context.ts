// A popup's context for a dataset, as the map gives it, in English; tests add or replace what they vary.
import type { Dataset } from '../../src/core/types';
import { vocabularyOf } from '../../src/core/vocabulary';
import { en } from '../../src/i18n/en';
import type { PopupContext } from '../../src/map/popup';

export function popupContextOf(dataset: Dataset, more: Partial<PopupContext> = {}): PopupContext {
  return {
    timeZone: dataset.manifest.timezone,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    sites: new Map(dataset.sites.map((s) => [s.id, s])),
    placeName: (name) => name.en,
    words: () => en,
    lang: () => 'en',
    vocabulary: () => vocabularyOf(dataset.manifest),
    ...more,
  };
}

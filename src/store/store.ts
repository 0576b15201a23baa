// The one store of UI state: the dataset, the moment shown, the selection, layers and playback.
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { indexDataset, type DatasetIndex } from '../core/dataset-index';
import { nextEventTime, previousEventTime } from '../core/incidents';
import { LAYER_IDS, layerIds, type LayerId } from '../core/layers';
import type { LinkProblem, MapView, Theme } from '../core/link-format';
import { OWN_DATA, type DataOrigin } from '../core/data-origin';
import type { Lang } from '../core/names';
import type { SourceFilter, SourceLens } from '../core/source-filter';
import { en, type Messages } from '../i18n/en';
import { endOfLocalDay } from '../core/time-range';
import type { Dataset, Problem } from '../core/types';

export type { DatasetIndex };

/** The source lens in force: the filter in its written form, and what it hid (core/source-filter.ts). */
export interface AppliedLens extends Omit<SourceLens, 'dataset'> {
  sources: string;
  filter: SourceFilter;
}

export interface AppState {
  status: 'loading' | 'ready' | 'failed';
  /** The dataset shown: as loaded, or as the sources not hidden tell it (the source lens). */
  dataset: Dataset | null;
  /** The dataset as loaded, every source shown. */
  fullDataset: Dataset | null;
  /** The sources hidden, as sources= writes them; null: every source shown. */
  sources: string | null;
  /** The lens applied to `dataset`, once its code has read `sources`; null while none is. */
  sourceLens: AppliedLens | null;
  index: DatasetIndex | null;
  problems: Problem[];
  /** Whose data this is: the page labels (and exports say) data that is not the deployment's own. */
  origin: DataOrigin;
  /** The moment shown, epoch ms: everything on screen derives from it. */
  time: number;
  /**
   * 'day': a whole day is shown (its incidents, control at its end); time is the day's last moment.
   * 'range': from rangeStart to time, both included (its incidents, control at its end, what changed).
   */
  span: 'moment' | 'day' | 'range';
  /** The first moment of the range shown; null unless span is 'range'. */
  rangeStart: number | null;
  /** The range's start and end on two maps side by side; only while span is 'range'. */
  compare: boolean;
  selectedId: string | null;
  /** The map view the reader chose; null: the dataset's default framing. */
  view: MapView | null;
  /** Compact chrome for an iframe in an article. */
  embed: boolean;
  /** The embedded layout without its header (link parameter plain=1); unset: not plain. */
  plain?: boolean;
  /** The colours the link asks for (main.tsx applies them to the page, app/theme.ts follows the system's); unset: light. */
  theme?: Theme;
  /** The story step being shown, if the reader is following the story. */
  step: string | null;
  layers: LayerId[];
  /** Areas where a party claims another holder than the assessment are marked (link parameter claims=1). */
  claims: boolean;
  /** The language the link asks for… */
  lang: Lang;
  /** …and the one whose words are loaded and shown (the same, once its words have arrived). */
  uiLang: Lang;
  messages: Messages;
  playing: boolean;
  /** Where playback of a range stops: its end when Play was pressed (it plays from its start to there). */
  playUntil: number | null;
  /** Playback speed in dataset hours per second. */
  speed: number;
  /** Quiet, dismissible messages (a link part ignored, tiles unreachable). */
  notices: Notice[];

  /** Hides sources (their written form), or shows them all again (null); the lens's code applies it. */
  setSources(sources: string | null): void;
  /** The lens's code has filtered the dataset: show it (ignored if the reader has since chosen otherwise). */
  showLens(lens: AppliedLens, dataset: Dataset, asked: string): void;

  /** `index`: the dataset's, when the caller built it already (in a task of its own: see main.tsx). */
  setLoadResult(dataset: Dataset | null, problems: Problem[], origin?: DataOrigin, index?: DatasetIndex): void;
  /** Shows another dataset from its start, with the default view (an import); `index` as for setLoadResult. */
  replaceDataset(dataset: Dataset, problems: Problem[], origin: DataOrigin, index?: DatasetIndex): void;
  setTime(t: number): void;
  /** Shows the whole local day that contains t. */
  showDay(t: number): void;
  /** Shows the range from start to end (both clamped to the data; ends in either order). */
  showRange(start: number, end: number): void;
  /** Leaves a range for the moment at its end. */
  clearRange(): void;
  /** Shows the range's start and end side by side (or one map again); nothing outside a range. */
  setCompare(on: boolean): void;
  setView(view: MapView | null): void;
  showStep(id: string | null): void;
  selectIncident(id: string | null, options?: { moveTime?: boolean }): void;
  stepEvent(direction: 1 | -1): void;
  setLayerVisible(layer: LayerId, visible: boolean): void;
  setClaims(on: boolean): void;
  /** Starts or stops playback; in a range, playback sweeps the range's end from its start to its end. */
  setPlaying(playing: boolean): void;
  /** Playback's step: the time moves on, a range stays one. */
  playTo(t: number): void;
  setSpeed(hoursPerSecond: number): void;
  /** A notice, replacing any with the same id; a string is shown as it is. */
  addNotice(id: string, body: string | NoticeBody): void;
  dismissNotice(id: string): void;
  setLang(lang: Lang): void;
  /** The words for `lang` have loaded: show them. */
  setMessages(lang: Lang, messages: Messages): void;
}

/**
 * What a notice says. It is worded when shown, so it follows the reader's language; `text` is for
 * words already chosen: config.json problems (for the site's maintainers, in English) and the words of
 * on-demand parts (an import's result), which the first load does not carry.
 */
export type NoticeBody =
  | { text: string }
  | { say: 'tilesFailed' }
  | { say: 'langNotLoaded'; lang: Lang; detail: string }
  | { say: 'link'; problem: LinkProblem; timeZone: string };

export type Notice = { id: string } & NoticeBody;

export type AppStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

/** The last moment of the local day containing t (or the dataset's end, if sooner). */
export function dayEnd(t: number, dataset: Dataset): number {
  return Math.min(endOfLocalDay(t, dataset.manifest.timezone), dataset.end - 1);
}

function clampTo(dataset: Dataset | null, t: number): number {
  if (!dataset || Number.isNaN(t)) return t;
  return Math.min(dataset.end, Math.max(dataset.start, t));
}

/** A fresh store; the app makes one, each test makes its own. */
export function createAppStore(initial: Partial<Pick<AppState, 'time' | 'layers' | 'lang' | 'selectedId' | 'embed' | 'plain'>> = {}): AppStore {
  return createStore<AppState>()(subscribeWithSelector((set, get) => ({
    status: 'loading',
    dataset: null,
    fullDataset: null,
    sources: null,
    sourceLens: null,
    index: null,
    problems: [],
    origin: OWN_DATA,
    time: 0,
    span: 'moment',
    rangeStart: null,
    compare: false,
    selectedId: null,
    view: null,
    embed: false,
    step: null,
    layers: [...LAYER_IDS],
    claims: false,
    lang: 'en',
    uiLang: 'en',
    messages: en,
    playing: false,
    playUntil: null,
    speed: 2,
    notices: [],
    ...initial,

    setLoadResult(dataset, problems, origin = OWN_DATA, built) {
      if (!dataset) {
        set({ status: 'failed', dataset: null, fullDataset: null, index: null, problems });
        return;
      }
      const time = get().time || dataset.start;
      const index = built ?? indexDataset(dataset);
      // The layers shown stay as they were, among the dataset's; a dataset's own layers start shown.
      const current = get().layers;
      const layers = layerIds(index.vocabulary).filter((l) => current.includes(l) || !LAYER_IDS.includes(l));
      set({ status: 'ready', dataset, fullDataset: dataset, sourceLens: null, index, problems, origin, time: clampTo(dataset, time), layers });
    },
    replaceDataset(dataset, problems, origin, built) {
      const index = built ?? indexDataset(dataset);
      set({
        status: 'ready', dataset, fullDataset: dataset, sources: null, sourceLens: null, index, problems, origin, time: dataset.start, span: 'moment', rangeStart: null, compare: false,
        selectedId: null, view: null, step: null, layers: [...layerIds(index.vocabulary)], claims: false, playing: false,
      });
    },
    setTime(t) {
      const time = clampTo(get().dataset, t);
      if (time !== get().time || get().span !== 'moment') set({ time, span: 'moment', rangeStart: null, playUntil: null, compare: false });
    },
    showDay(t) {
      const { dataset } = get();
      if (!dataset) return;
      set({ time: dayEnd(clampTo(dataset, t), dataset), span: 'day', rangeStart: null, compare: false });
    },
    showRange(start, end) {
      const { dataset } = get();
      if (!dataset || Number.isNaN(start) || Number.isNaN(end)) return;
      const [from, to] = [clampTo(dataset, Math.min(start, end)), clampTo(dataset, Math.max(start, end))];
      if (get().span !== 'range' || get().rangeStart !== from || get().time !== to) set({ span: 'range', rangeStart: from, time: to, playUntil: null });
    },
    clearRange() {
      if (get().span === 'range') set({ span: 'moment', rangeStart: null, playUntil: null, compare: false });
    },
    setCompare(on) {
      const compare = on && get().span === 'range';
      if (compare !== get().compare) set({ compare });
    },
    setView(view) {
      set({ view });
    },
    showStep(id) {
      const { dataset } = get();
      const step = id === null ? undefined : dataset?.story.find((x) => x.id === id);
      if (!step) {
        if (id === null) set({ step: null });
        return;
      }
      // A step with `until` shows the range from its `at` to then.
      const at = clampTo(dataset, Date.parse(step.at));
      const until = step.until === undefined ? null : clampTo(dataset, Date.parse(step.until));
      set({
        step: step.id,
        ...(until === null ? { span: 'moment', rangeStart: null, time: at, compare: false } : { span: 'range', rangeStart: Math.min(at, until), time: Math.max(at, until) }),
        selectedId: step.incident ?? null,
        view: step.view ? { zoom: step.view.zoom, lat: step.view.center[1], lon: step.view.center[0] } : get().view,
      });
    },
    selectIncident(id, options = {}) {
      const { index } = get();
      const incident = id === null ? undefined : index?.incidents.byId.get(id);
      if (id !== null && !incident) return;
      const patch: Partial<AppState> = { selectedId: id };
      if (incident && options.moveTime !== false) {
        patch.time = clampTo(get().dataset, Date.parse(incident.start));
        patch.span = 'moment';
        patch.rangeStart = null;
        patch.compare = false;
      }
      set(patch);
    },
    stepEvent(direction) {
      const { index, time } = get();
      if (!index) return;
      const next = direction > 0 ? nextEventTime(index.events, time) : previousEventTime(index.events, time);
      if (next !== undefined) get().setTime(next);
    },
    setLayerVisible(layer, visible) {
      const current = get().layers;
      if (current.includes(layer) === visible) return;
      const all = get().index ? layerIds((get().index as DatasetIndex).vocabulary) : LAYER_IDS;
      set({ layers: visible ? all.filter((l) => l === layer || current.includes(l)) : current.filter((l) => l !== layer) });
    },
    setClaims(claims) {
      if (claims !== get().claims) set({ claims });
    },
    setPlaying(playing) {
      const { span, rangeStart, time, playUntil } = get();
      if (!playing || span !== 'range' || rangeStart === null) {
        // Every key step stops playback first: when none is playing, that must not notify the whole app.
        if (playing !== get().playing) set({ playing });
        return;
      }
      // A pause keeps where it was going; otherwise the range plays from its start to its end.
      if (playUntil !== null && playUntil > time) set({ playing });
      else set({ playing, playUntil: time, time: rangeStart });
    },
    playTo(t) {
      set({ time: clampTo(get().dataset, t) });
    },
    setSpeed(speed) {
      if (speed !== get().speed) set({ speed });
    },
    addNotice(id, body) {
      const notice: Notice = typeof body === 'string' ? { id, text: body } : { id, ...body };
      set({ notices: [...get().notices.filter((n) => n.id !== id), notice] });
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    setSources(sources) {
      const { fullDataset, sourceLens } = get();
      // Every source again: the dataset as loaded, at once (no code to load for that).
      if (!sources && sourceLens && fullDataset) set({ sources: null, sourceLens: null, dataset: fullDataset, index: indexDataset(fullDataset) });
      else set({ sources: sources || null });
    },
    showLens(lens, dataset, asked) {
      const { sources, selectedId, sourceLens } = get();
      if (sources !== asked || (sourceLens?.sources === lens.sources && get().dataset === dataset)) return;
      const index = indexDataset(dataset);
      // An incident the lens hides cannot stay selected.
      set({ sources: lens.sources, sourceLens: lens, dataset, index, selectedId: selectedId !== null && index.incidents.byId.has(selectedId) ? selectedId : null });
    },
    setLang(lang) {
      if (lang !== get().lang) set({ lang });
    },
    setMessages(lang, messages) {
      // Words that arrive late for a language the reader has since left are not shown.
      if (get().lang === lang) set({ uiLang: lang, messages });
    },
  })));
}

// The interface's words in English; ar.ts and ku.ts give the same keys (the type checker says
// when one is missing). Data (titles, summaries, sources) stays in the language it was written in.
import type { GlyphName } from '../core/default-vocabulary';
import { plural } from '../core/plural';

export const en = {
  dir: 'ltr' as 'ltr' | 'rtl',
  languageName: 'English',
  language: 'Language',
  languageNames: { en: 'English', ar: 'Arabic', ku: 'Kurdish' },

  // App states
  loading: 'Loading the map data…',
  loadFailed: 'The map data could not be loaded',
  whatWentWrong: 'What went wrong',
  retry: 'Retry',
  openBuiltIn: 'Open the built-in map instead',
  problemsInData: (n: string, count: number) => plural(count, 'en', { one: `${n} problem in the data`, other: `${n} problems in the data` }),
  allTimesLocal: (zone: string, offset: string) => `All times are local: ${zone} (${offset}).`,
  share: 'Share',
  embed: 'Embed',
  export: 'Export',
  loadData: 'Load data',
  openFullMap: 'Open the full map',
  dataFromAddress: (host: string) => `Data loaded from ${host}, not published by this site`,
  dataFromFiles: (name: string) => `Data from your file ${name}, not published by this site`,
  mapLabel: 'Map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  basemapCredit: 'Schematic basemap from the dataset',
  details: 'Details',
  menu: 'Menu',
  partFailed: (part: string, message: string) => `The ${part} could not be shown: ${message}`,
  tryAgain: 'Try again',
  partNotLoaded: (message: string) => `This part of the page could not be loaded: ${message}`,

  // Panels
  panelStory: 'Story',
  panelControl: 'Control of areas',
  panelIncidents: 'Incidents',
  panelLayers: 'Layers',
  panelLegend: 'Legend',
  panelAbout: 'About the data and sources',

  // Who controls what
  whoControlsWhat: 'Who controls what',
  area: 'Area',
  heldBy: 'Held by',
  since: 'Since',
  contested: 'contested',
  beforeDate: (date: string) => `before ${date}`,
  // A dataset converted from an event list (ACLED, UCDP): said in the control panel, the legend and What changed.
  noAreas: 'This dataset maps incidents only: it has no areas of control.',

  // Incident list
  incidentsList: 'Incidents',

  // Timeline
  timeline: 'Timeline',
  timeShown: 'Time shown on the map',
  wholeDay: 'whole day',
  localTime: 'local time',
  showAllOf: (shown: string, date: string) => `${shown}: show all of ${date}`,
  wholeDayValue: (date: string) => `${date}, the whole day, local time`,
  playback: 'Playback',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  hoursPerSecond: (n: string) => `${n} h/s`,

  // Layers and legend
  incidentTypes: {
    clash: 'Clash', mortar: 'Mortar fire', artillery: 'Artillery fire', capture: 'Capture',
    siege: 'Siege', arrest: 'Arrests', attack: 'Attack (claimed)', talks: 'Talks',
    ceasefire: 'Ceasefire', statement: 'Statement', exchange: 'Prisoner exchange',
  } as Record<GlyphName, string>,

  // About

  // Problems

  // Popups
  sources: 'Sources',
  contestedParen: ' (contested)',

  // Place names
  noNameIn: (language: string) => `No ${language} name recorded; English shown`,
  englishFallback: (language: string) => ` (English; no ${language} name recorded)`,

  // Dialogs
  close: 'Close',

  // Cite, in the header: the dataset at this view.
  cite: 'Cite',
  // Story
};

export type Messages = typeof en;

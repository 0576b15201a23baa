// The interface's words in Kurdish (Kurmanji, Latin script).
import type { Messages } from './en';

export const ku: Messages = {
  dir: 'ltr',
  languageName: 'Kurdî',
  language: 'Ziman',
  languageNames: { en: 'Îngilîzî', ar: 'Erebî', ku: 'Kurdî' },

  loading: 'Daneyên nexşeyê tên barkirin…',
  loadFailed: 'Daneyên nexşeyê nehatin barkirin',
  whatWentWrong: 'Çi çewt çû',
  retry: 'Dîsa biceribîne',
  openBuiltIn: 'Li şûna wê nexşeya hundirîn veke',
  problemsInData: (n) => `Pirsgirêkên di daneyan de: ${n}`,
  allTimesLocal: (zone, offset) => `Hemû dem herêmî ne: ${zone} (${offset}).`,
  share: 'Parve bike',
  embed: 'Bi cih bike',
  export: 'Derxe',
  loadData: 'Daneyan bar bike',
  openFullMap: 'Nexşeya tevahî veke',
  dataFromAddress: (host) => `Dane ji ${host} hatine barkirin, ne ji aliyê vê malperê ve hatine weşandin`,
  dataFromFiles: (name) => `Dane ji pelê te ${name}, ne ji aliyê vê malperê ve hatine weşandin`,
  mapLabel: 'Nexşe',
  zoomIn: 'Nêzîk bike',
  zoomOut: 'Dûr bike',
  basemapCredit: 'Nexşeya bingehîn a şematîk ji daneyan',
  details: 'Hûrgilî',
  menu: 'Menû',
  partFailed: (part, message) => `Beşa “${part}” nehat nîşandan: ${message}`,
  tryAgain: 'Dîsa biceribîne',
  partNotLoaded: (message) => `Ev beşa rûpelê nehat barkirin: ${message}`,

  panelStory: 'Çîrok',
  panelControl: 'Kontrola deveran',
  panelIncidents: 'Bûyer',
  panelLayers: 'Tebeq',
  panelLegend: 'Rêber',
  panelAbout: 'Derbarê daneyan û çavkaniyan de',

  whoControlsWhat: 'Kî li ku derê kontrol dike',
  area: 'Dever',
  heldBy: 'Di destê',
  since: 'Ji',
  contested: 'li ser nakokî',
  beforeDate: (date) => `berî ${date}`,
  noAreas: 'Ev dane tenê bûyeran nîşan didin: tu deverên kontrolê tê de nînin.',

  incidentsList: 'Bûyer',

  timeline: 'Rêza demê',
  timeShown: 'Dema li ser nexşeyê',
  wholeDay: 'tevahiya rojê',
  localTime: 'dema herêmî',
  showAllOf: (shown, date) => `${shown}: tevahiya ${date} nîşan bide`,
  wholeDayValue: (date) => `${date}, tevahiya rojê, dema herêmî`,
  playback: 'Lîstin',
  previousEvent: 'Bûyera berê',
  nextEvent: 'Bûyera piştre',
  play: 'Bilîze',
  pause: 'Rawestîne',
  speed: 'Lez',
  hoursPerSecond: (n) => `${n} saet/ç`,

  incidentTypes: {
    clash: 'Pevçûn', mortar: 'Hawan', artillery: 'Topbaran', capture: 'Girtina cihekî',
    siege: 'Dorpêç', arrest: 'Desteserkirin', attack: 'Êrîş (îdîa)', talks: 'Danûstandin',
    ceasefire: 'Agirbest', statement: 'Daxuyanî', exchange: 'Guhertina dîlan',
  },



  sources: 'Çavkanî',
  contestedParen: ' (li ser nakokî)',

  noNameIn: (language) => `Navê bi ${language} nehatiye tomarkirin; navê îngilîzî tê nîşandan`,
  englishFallback: (language) => ` (îngilîzî; navê bi ${language} nehatiye tomarkirin)`,

  close: 'Bigire',
  cite: 'Referans',
};

// The words of pictures (legend, time, credits, scale, alt text) in each language. Here, not in
// src/i18n, because the renderer is core and runs in Node; where the app says the same thing, these
// are its words (en.ts, more-*.ts), copied.
import type { Lang } from '../names';
import { plural } from '../plural';
import type { DefaultLayer, GlyphName } from '../default-vocabulary';

export interface RenderWords {
  heldBy: string;
  incidents: string;
  contested: string;
  schematic: string;
  recent: string;
  /** The range's inner band: who held an area as the range began. */
  band: string;
  uncertainty: string;
  fireLine: string;
  /** The built-in incident types (a dataset's own are named in its manifest). */
  incidentTypes: Record<GlyphName, string>;
  /** The built-in incident layers, named in the legend of a crowded picture (drawn by layer). */
  layers: Record<DefaultLayer, string>;
  wasHolder: (holder: string) => string;
  localTime: string;
  wholeDay: string;
  sources: string;
  /** The end of a list cut short: "+3 more". */
  more: (n: string) => string;
  schematicOutlines: string;
  basemapCredit: string;
  bordersCredit: string;
  /** Data that is not the publisher's own (the app's words for its label, en.ts). */
  dataFromAddress: (host: string) => string;
  dataFromFiles: (name: string) => string;
  metres: (n: string) => string;
  kilometres: (n: string) => string;
  /** Alt text: how many areas each holder held ("Asayish 7"), after the number of areas. */
  areasHeld: (total: string, count: number, list: string) => string;
  holderCount: (holder: string, n: string) => string;
  contestedCount: (n: string) => string;
  changedHands: (area: string, from: string, to: string, when: string) => string;
  incidentsAtMoment: (n: string, count: number) => string;
  incidentsInDay: (n: string, count: number) => string;
  incidentsInRange: (n: string, count: number) => string;
  /** Isolates a name written in another script, so that it cannot reorder the sentence around it. */
  isolate: (text: string) => string;
}

const en: RenderWords = {
  heldBy: 'Held by',
  incidents: 'Incidents',
  contested: 'Hatched: contested',
  schematic: 'Dashed outline: schematic or approximate shape',
  recent: 'Thick outline: changed hands in the last 6 hours',
  band: 'Inner band: who held it as the period began',
  uncertainty: 'Dashed circle: how uncertain the position is',
  fireLine: 'Dashed line: from the reported firing position',
  incidentTypes: {
    clash: 'Clash', mortar: 'Mortar fire', artillery: 'Artillery fire', capture: 'Capture',
    siege: 'Siege', arrest: 'Arrests', attack: 'Attack (claimed)', talks: 'Talks',
    ceasefire: 'Ceasefire', statement: 'Statement', exchange: 'Prisoner exchange',
  },
  layers: { mortar: 'Mortar and artillery fire', clash: 'Clashes, sieges and attacks', capture: 'Captures, arrests and exchanges', talks: 'Talks, truce and statements' },
  wasHolder: (holder) => `was: ${holder}`,
  localTime: 'local time',
  wholeDay: 'the whole day',
  sources: 'Sources: ',
  more: (n) => `+${n} more`,
  schematicOutlines: 'District outlines are schematic',
  basemapCredit: 'Schematic basemap from the dataset',
  bordersCredit: 'Country borders: Natural Earth',
  dataFromAddress: (host) => `Data loaded from ${host}, not published by this site`,
  dataFromFiles: (name) => `Data from your file ${name}, not published by this site`,
  metres: (n) => `${n} m`,
  kilometres: (n) => `${n} km`,
  areasHeld: (total, count, list) => plural(count, 'en', { one: `Of ${total} area, ${list}`, other: `Of ${total} areas, ${list}` }),
  holderCount: (holder, n) => `${holder} held ${n}`,
  contestedCount: (n) => `${n} contested`,
  changedHands: (area, from, to, when) => `${area} changed hands (${from} to ${to}), ${when}`,
  incidentsAtMoment: (n, count) => (count === 0 ? 'No incidents in the last 24 hours.' : plural(count, 'en', { one: `${n} incident in the last 24 hours.`, other: `${n} incidents in the last 24 hours.` })),
  incidentsInDay: (n, count) => (count === 0 ? 'No incidents that day.' : plural(count, 'en', { one: `${n} incident that day.`, other: `${n} incidents that day.` })),
  incidentsInRange: (n, count) => (count === 0 ? 'No incidents in this period.' : plural(count, 'en', { one: `${n} incident in this period.`, other: `${n} incidents in this period.` })),
  isolate: (text) => text,
};

const ar: RenderWords = {
  heldBy: 'تحت سيطرة',
  incidents: 'الأحداث',
  contested: 'مخطّط: متنازع عليها',
  schematic: 'حدّ متقطع: شكل تخطيطي أو تقريبي',
  recent: 'حدّ سميك: تغيّرت السيطرة عليها في الساعات الست الأخيرة',
  band: 'شريط داخلي: من كان يسيطر عليها في بداية الفترة',
  uncertainty: 'دائرة متقطعة: مدى عدم الدقة في الموقع',
  fireLine: 'خط متقطع: من موقع الإطلاق المذكور',
  incidentTypes: {
    clash: 'اشتباك', mortar: 'قذائف هاون', artillery: 'قصف مدفعي', capture: 'سيطرة',
    siege: 'حصار', arrest: 'اعتقالات',
    // Without the app's parentheses: resvg (the CLI's rasteriser) draws "(… ال…)" as empty boxes.
    attack: 'هجوم بحسب الادعاء', talks: 'مفاوضات',
    ceasefire: 'وقف إطلاق النار', statement: 'بيان', exchange: 'تبادل أسرى',
  },
  layers: { mortar: 'قذائف الهاون والمدفعية', clash: 'اشتباكات وحصار وهجمات', capture: 'سيطرة واعتقالات وتبادل', talks: 'مفاوضات وهدنة وبيانات' },
  wasHolder: (holder) => `سابقاً: \u2068${holder}\u2069`,
  localTime: 'بالتوقيت المحلي',
  wholeDay: 'اليوم كاملاً',
  sources: 'المصادر: ',
  more: (n) => `و${n} غيرها`,
  schematicOutlines: 'حدود الأحياء تخطيطية',
  basemapCredit: 'خريطة أساسية تخطيطية من البيانات',
  bordersCredit: 'حدود الدول: \u2068Natural Earth\u2069',
  dataFromAddress: (host) => `بيانات محمّلة من ${host}، لم ينشرها هذا الموقع`,
  dataFromFiles: (name) => `بيانات من ملفك ${name}، لم ينشرها هذا الموقع`,
  metres: (n) => `${n} م`,
  kilometres: (n) => `${n} كم`,
  areasHeld: (total, _count, list) => `عدد المناطق ${total}: ${list}`,
  holderCount: (holder, n) => `تحت سيطرة ${holder}: ${n}`,
  contestedCount: (n) => `متنازع عليها: ${n}`,
  changedHands: (area, from, to, when) => `تغيّرت السيطرة على ${area} (من ${from} إلى ${to})، ${when}`,
  incidentsAtMoment: (n, count) => plural(count, 'ar', {
    zero: 'لا أحداث في الساعات الأربع والعشرين الأخيرة.', one: 'حدث واحد في الساعات الأربع والعشرين الأخيرة.',
    two: 'حدثان في الساعات الأربع والعشرين الأخيرة.', few: `${n} أحداث في الساعات الأربع والعشرين الأخيرة.`,
    many: `${n} حدثاً في الساعات الأربع والعشرين الأخيرة.`, other: `${n} حدث في الساعات الأربع والعشرين الأخيرة.`,
  }),
  incidentsInDay: (n, count) => plural(count, 'ar', {
    zero: 'لا أحداث في ذلك اليوم.', one: 'حدث واحد في ذلك اليوم.', two: 'حدثان في ذلك اليوم.',
    few: `${n} أحداث في ذلك اليوم.`, many: `${n} حدثاً في ذلك اليوم.`, other: `${n} حدث في ذلك اليوم.`,
  }),
  incidentsInRange: (n, count) => plural(count, 'ar', {
    zero: 'لا أحداث في هذه الفترة.', one: 'حدث واحد في هذه الفترة.', two: 'حدثان في هذه الفترة.',
    few: `${n} أحداث في هذه الفترة.`, many: `${n} حدثاً في هذه الفترة.`, other: `${n} حدث في هذه الفترة.`,
  }),
  isolate: (text) => `\u2068${text}\u2069`,
};

const ku: RenderWords = {
  heldBy: 'Di destê',
  incidents: 'Bûyer',
  contested: 'Xêzkirî: li ser nakokî',
  schematic: 'Sînorê xal-xalî: şiklê şematîk an nêzîkî',
  recent: 'Sînorê stûr: di 6 saetên dawî de ket destê yekî din',
  band: 'Xeta hundirîn: di destpêka demê de di destê kê de bû',
  uncertainty: 'Çembera xal-xalî: cih çiqas ne diyar e',
  fireLine: 'Xeta xal-xalî: ji cihê avêtinê yê ragihandî',
  incidentTypes: {
    clash: 'Pevçûn', mortar: 'Hawan', artillery: 'Topbaran', capture: 'Girtina cihekî',
    siege: 'Dorpêç', arrest: 'Desteserkirin', attack: 'Êrîş (îdîa)', talks: 'Danûstandin',
    ceasefire: 'Agirbest', statement: 'Daxuyanî', exchange: 'Guhertina dîlan',
  },
  layers: { mortar: 'Topbaran û hawan', clash: 'Pevçûn, dorpêç û êrîş', capture: 'Girtin, desteserkirin û guhertin', talks: 'Danûstandin, agirbest û daxuyanî' },
  wasHolder: (holder) => `berê: ${holder}`,
  localTime: 'dema herêmî',
  wholeDay: 'tevahiya rojê',
  sources: 'Çavkanî: ',
  more: (n) => `+${n} din`,
  schematicOutlines: 'Sînorên taxan şematîk in',
  basemapCredit: 'Nexşeya bingehîn a şematîk ji daneyan',
  bordersCredit: 'Sînorên welatan: Natural Earth',
  dataFromAddress: (host) => `Dane ji ${host} hatine barkirin, ne ji aliyê vê malperê ve hatine weşandin`,
  dataFromFiles: (name) => `Dane ji pelê te ${name}, ne ji aliyê vê malperê ve hatine weşandin`,
  metres: (n) => `${n} m`,
  kilometres: (n) => `${n} km`,
  areasHeld: (total, _count, list) => `Ji ${total} deveran: ${list}`,
  holderCount: (holder, n) => `${n} di destê ${holder} de`,
  contestedCount: (n) => `${n} li ser nakokî`,
  changedHands: (area, from, to, when) => `${area} ji ${from} ket destê ${to}, ${when}`,
  incidentsAtMoment: (n, count) => (count === 0 ? 'Di 24 saetên dawî de bûyer tune.' : `${n} bûyer di 24 saetên dawî de.`),
  incidentsInDay: (n, count) => (count === 0 ? 'Di wê rojê de bûyer tune.' : `${n} bûyer di wê rojê de.`),
  incidentsInRange: (n, count) => (count === 0 ? 'Di vê demê de bûyer tune.' : `${n} bûyer di vê demê de.`),
  isolate: (text) => text,
};

export const RENDER_WORDS: Record<Lang, RenderWords> = { en, ar, ku };

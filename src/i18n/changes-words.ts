// The words of the "What changed" panel in every language, loaded with the panel (never on the first load).
import type { Lang } from '../core/names';
import { plural } from '../core/plural';

type Roughness = 'approximate' | 'schematic';

export interface ChangesWords {
  title: string;
  /** "From 20 April 2016, 00:00 to 23 April 2016, 23:59 (local time)." */
  range: (from: string, to: string) => string;
  changesHeading: string;
  changesList: string;
  noChanges: string;
  /** Read by screen readers before the old holder and in place of the arrow. */
  from: string;
  to: string;
  /** The arrow between the holders, pointing the way the line is read. */
  arrow: string;
  contested: string;
  when: string;
  sources: string;
  sourcesCount: (n: string) => string;
  balanceHeading: string;
  balanceCaption: string;
  actor: string;
  gained: string;
  lost: string;
  none: string;
  noBalance: string;
  areas: (n: string, count: number) => string;
  km2: (n: string) => string;
  rough: Record<Roughness, string>;
  notMeasured: (n: string, count: number) => string;
  incidentsHeading: (n: string) => string;
  typeCount: (type: string, n: string) => string;
  noIncidents: string;
  claimsHeading: string;
  claimsNote: string;
  noClaims: string;
}

const en: ChangesWords = {
  title: 'What changed',
  range: (from, to) => `From ${from} to ${to} (local time).`,
  changesHeading: 'Changes of control',
  changesList: 'Changes of control, in time order',
  noChanges: 'No area changed hands or became contested in this range.',
  from: 'from ',
  to: ' to ',
  arrow: ' → ',
  contested: ' (contested)',
  when: 'When: ',
  sources: 'Sources',
  sourcesCount: (n) => `Sources (${n})`,
  balanceHeading: 'Who gained and who lost',
  balanceCaption: 'Areas gained and lost between the start and the end of the range',
  actor: 'Actor',
  gained: 'Gained',
  lost: 'Lost',
  none: 'none',
  noBalance: 'No area has a different holder at the end of the range than at its start.',
  areas: (n, count) => plural(count, 'en', { one: `${n} area`, other: `${n} areas` }),
  km2: (n) => `${n} km²`,
  rough: { approximate: 'approximate', schematic: 'schematic' },
  notMeasured: (n) => `${n} not measured (a point site)`,
  incidentsHeading: (n) => `Incidents in this range (${n})`,
  typeCount: (type, n) => `${type} (${n})`,
  noIncidents: 'No incidents in this range.',
  claimsHeading: 'Casualty figures, as claimed',
  claimsNote: 'Each claimant’s figures as they gave them, never added up across claimants.',
  noClaims: 'No casualty figures are claimed for the incidents of this range.',
};

const ar: ChangesWords = {
  title: 'ما الذي تغيّر',
  range: (from, to) => `من ${from} إلى ${to} (بالتوقيت المحلي).`,
  changesHeading: 'تغيّرات السيطرة',
  changesList: 'تغيّرات السيطرة، بترتيبها الزمني',
  noChanges: 'لم تنتقل السيطرة على أي منطقة ولم يصبح أي منها متنازعًا عليه في هذه الفترة.',
  from: 'من ',
  to: ' إلى ',
  arrow: ' ← ',
  contested: ' (متنازع عليها)',
  when: 'متى: ',
  sources: 'المصادر',
  sourcesCount: (n) => `المصادر (${n})`,
  balanceHeading: 'من كسب ومن خسر',
  balanceCaption: 'المناطق المكتسبة والمفقودة بين بداية الفترة ونهايتها',
  actor: 'الطرف',
  gained: 'كسب',
  lost: 'خسر',
  none: 'لا شيء',
  noBalance: 'لا توجد منطقة تختلف الجهة المسيطرة عليها في نهاية الفترة عنها في بدايتها.',
  areas: (n, count) => plural(count, 'ar', {
    zero: 'لا مناطق', one: 'منطقة واحدة', two: 'منطقتان', few: `${n} مناطق`, many: `${n} منطقة`, other: `${n} منطقة`,
  }),
  km2: (n) => `${n} كم²`,
  rough: { approximate: 'تقريبي', schematic: 'تخطيطي' },
  notMeasured: (n, count) => plural(count, 'ar', {
    one: 'موقع واحد غير مُقاس (نقطة)', two: 'موقعان غير مُقاسين (نقطتان)', few: `${n} مواقع غير مُقاسة (نقاط)`, other: `${n} موقعًا غير مُقاس (نقاط)`,
  }),
  incidentsHeading: (n) => `الأحداث في هذه الفترة (${n})`,
  typeCount: (type, n) => `${type} (${n})`,
  noIncidents: 'لا أحداث في هذه الفترة.',
  claimsHeading: 'أعداد الضحايا، بحسب كل طرف',
  claimsNote: 'أرقام كل جهة كما أعلنتها، ولا تُجمع أرقام الجهات المختلفة أبدًا.',
  noClaims: 'لا أرقام معلنة للضحايا في أحداث هذه الفترة.',
};

const ku: ChangesWords = {
  title: 'Çi guherî',
  range: (from, to) => `Ji ${from} heta ${to} (dema herêmî).`,
  changesHeading: 'Guhertinên kontrolê',
  changesList: 'Guhertinên kontrolê, li gorî rêza demê',
  noChanges: 'Di vê navberê de tu dever dest neguherand û nebû cihê nakokiyê.',
  from: 'ji ',
  to: ' bo ',
  arrow: ' → ',
  contested: ' (li ser nakokî)',
  when: 'Kengî: ',
  sources: 'Çavkanî',
  sourcesCount: (n) => `Çavkanî (${n})`,
  balanceHeading: 'Kê qezenc kir, kê winda kir',
  balanceCaption: 'Deverên ku di navbera destpêk û dawiya navberê de hatin bidestxistin an winda kirin',
  actor: 'Alî',
  gained: 'Bi dest xist',
  lost: 'Winda kir',
  none: 'tune',
  noBalance: 'Tu dever tune ku di dawiya navberê de di destê aliyekî din de be ji destpêkê.',
  areas: (n) => `${n} dever`,
  km2: (n) => `${n} km²`,
  rough: { approximate: 'nêzîkî', schematic: 'şematîk' },
  notMeasured: (n) => `${n} nehatin pîvan (cihên xalî)`,
  incidentsHeading: (n) => `Bûyerên vê navberê (${n})`,
  typeCount: (type, n) => `${type} (${n})`,
  noIncidents: 'Di vê navberê de bûyer tune.',
  claimsHeading: 'Hejmarên kuştî û birîndaran, li gorî îdîayan',
  claimsNote: 'Hejmarên her îdîakarî wekî ku wî dane, qet ji îdîakarên cuda nayên berhevkirin.',
  noClaims: 'Ji bo bûyerên vê navberê hejmarên kuştî û birîndaran nehatine îdîakirin.',
};

export const CHANGES_WORDS: Record<Lang, ChangesWords> = { en, ar, ku };

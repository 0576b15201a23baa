// The words of the parts that load on demand, in Arabic.
import type { ClaimParts } from '../core/claims';
import { pickForm, plural, type PluralForms } from '../core/plural';
import type { MoreMessages } from './more-en';

// A claim is worded as a news report words it: "مقتل ١٠ عناصر من القوات الكردية". After the verbal noun
// the counted noun is genitive: 3–10 take the plural, 11–99 the singular accusative, 100… the singular.
const EVENTS: Record<ClaimParts['kind'], string> = {
  killed: 'مقتل', wounded: 'إصابة', killed_or_wounded: 'مقتل أو إصابة', captured: 'أسر', surrendered: 'استسلام',
};
const COUNTED: Record<ClaimParts['side'], (n: string) => PluralForms> = {
  kurdish: (n) => ({ one: 'عنصر واحد', two: 'عنصرين', few: `${n} عناصر`, many: `${n} عنصراً`, other: `${n} عنصر` }),
  government: (n) => ({ one: 'عنصر واحد', two: 'عنصرين', few: `${n} عناصر`, many: `${n} عنصراً`, other: `${n} عنصر` }),
  civilian: (n) => ({ one: 'مدني واحد', two: 'مدنيَّين اثنين', few: `${n} مدنيين`, many: `${n} مدنياً`, other: `${n} مدني` }),
  other: (n) => ({ one: 'شخص واحد', two: 'شخصين', few: `${n} أشخاص`, many: `${n} شخصاً`, other: `${n} شخص` }),
};
const SIDES: Record<ClaimParts['side'], string> = { kurdish: ' من القوات الكردية', government: ' من الجانب الحكومي', civilian: '', other: '' };
const QUALIFIERS: Record<ClaimParts['qualifier'], (amount: string) => string> = {
  exact: (a) => a, about: (a) => `نحو ${a}`, at_least: (a) => `ما لا يقل عن ${a}`, more_than: (a) => `أكثر من ${a}`,
};

export const moreAr: MoreMessages = {
  rangeMenu: 'فترة زمنية',
  rangeChoices: 'فترات سريعة',
  rangeThisDay: 'هذا اليوم',
  rangeFromStart: 'منذ البداية',
  rangeLast6: 'آخر ٦ ساعات',
  rangeLast24: 'آخر ٢٤ ساعة',
  rangeClear: 'إلغاء الفترة',
  rangeStartHandle: 'بداية الفترة',
  rangeEndHandle: 'نهاية الفترة',
  problemsInChosenData: (n, count) => plural(count, 'ar', {
    one: 'مشكلة واحدة في البيانات المختارة',
    two: 'مشكلتان في البيانات المختارة',
    few: `${n} مشكلات في البيانات المختارة`,
    many: `${n} مشكلةً في البيانات المختارة`,
    other: `${n} مشكلة في البيانات المختارة`,
  }),
  legendHeldBy: 'تحت سيطرة',
  legendIncidents: 'الأحداث',
  legendSites: 'المواقع',
  legendContested: 'مخطّط: متنازع عليها',
  legendRecent: 'حدّ سميك: تغيّرت السيطرة خلال الساعات الست الأخيرة',
  legendSchematic: 'حدّ متقطع: شكل تخطيطي أو تقريبي',
  legendUncertainty: 'دائرة متقطعة: مدى عدم الدقة في الموقع',
  legendFireLine: 'خط متقطع: من موقع الإطلاق المذكور',
  legendChange: 'معيّن: تغيّرت السيطرة (أبيض: متنازع عليها)',
  legendFade: 'تبقى الأحداث على الخريطة ٢٤ ساعة من بدايتها، وتبهت مع مرور الوقت.',
  howExact: 'مدى دقة الأشكال',
  schematicZones: 'مناطق تخطيطية (ليست حدوداً مسحية)',
  approximatePositions: 'مواقع تقريبية',
  exactPositions: 'مواقع دقيقة',
  basemap: 'الخريطة الأساسية',
  basemapNote: 'رُسم النهر والحدود والطرق ومحيط المدينة بشكل تخطيطي انطلاقاً من أوصاف مكتوبة، كي تعمل الخريطة دون اتصال بالشبكة.',
  sourcesCount: (n) => `المصادر (${n})`,
  allSources: 'كل المصادر',
  datasetMeta: (id, version, zone) => `مجموعة البيانات ${id}، الإصدار ${version}. الأوقات محلية (${zone}).`,
  file: 'الملف',
  record: 'السجل',
  field: 'الحقل',
  value: 'القيمة',
  problem: 'المشكلة',
  warning: 'تحذير: ',
  dismissProblems: 'أغلق قائمة مشكلات البيانات',
  dismissWord: 'إغلاق',
  copy: 'نسخ',
  copied: 'نُسخ إلى الحافظة.',
  copySelected: 'لم يسمح المتصفح بالنسخ. النص محدد: اضغط Ctrl+C (أو ⌘C على ماك) لنسخه.',
  shareTitle: 'مشاركة هذا العرض',
  shareIntro: (withIncident) => `يفتح هذا الرابط الخريطة كما تراها الآن تماماً: اللحظة وإطار الخريطة والطبقات${withIncident ? ' والحدث المحدد' : ''}.`,
  linkToView: 'رابط إلى هذا العرض',
  linkToIncident: (title) => `رابط إلى الحدث «${title}»`,
  embedTitle: 'تضمين هذه الخريطة',
  embedIntro: 'الصق هذا في مقال. يُفتح الإطار على هذا العرض، بتصميم مضغوط يناسب أي عرض بدءاً من ٣٠٠ بكسل.',
  height: 'الارتفاع',
  pixels: (n) => `${n} بكسل`,
  embedCode: 'شيفرة التضمين',
  copyEmbed: 'انسخ شيفرة التضمين',
  embedSandboxNote: 'تعمل الخريطة أيضاً داخل إطار معزول عندما يسمح الموقع الذي يستضيفها بالطلبات من مصادر أخرى لملفاته:',
  exportTitle: 'تصدير البيانات',
  mapAt: (when) => `الخريطة في ${when}`,
  wholeDayParen: (date) => `${date} (اليوم كاملاً)`,
  localTimeAfter: (when) => `${when} بالتوقيت المحلي`,
  geojsonAbout: 'GeoJSON (RFC 7946): كل منطقة مع الجهة المسيطرة عليها ومنذ متى، وكل موقع، والأحداث الظاهرة على الخريطة، مع مصادرها.',
  hiddenLayersLeftOut: (list) => ` الطبقات التي أخفيتها غير مشمولة، والملف يذكر ذلك: ${list}.`,
  downloadGeojson: 'نزّل لقطة GeoJSON',
  allIncidents: 'كل الأحداث',
  csvAbout: 'CSV: سطر لكل حدث مع مصادره، وأرقام الضحايا في عمود لكل طرف.',
  downloadCsv: 'نزّل CSV',
  wholeDataset: 'مجموعة البيانات كاملة',
  bundleAbout: (id, version) => `ملف JSON واحد فيه كل السجلات (${id}، الإصدار ${version})؛ يمكن تحميله مجدداً عبر «تحميل بيانات».`,
  downloadDataset: 'نزّل مجموعة البيانات',
  importIntro: 'اختر ملف البيان (dataset.json) مع الملفات التي يذكرها، أو ملف بيانات واحداً صُدّر عبر «تصدير». يُفحص كل شيء قبل عرض أي شيء؛ والصيغة موصوفة في docs/data-format.md.',
  chooseFiles: 'اختر ملفات، أو أفلتها هنا',
  orAddress: 'أو عنوان ملف بيان أو ملف بيانات',
  open: 'فتح',
  reading: (file) => `جارٍ قراءة ${file}…`,
  progressOf: (done, total) => `${done} من ${total}`,
  nothingLoaded: 'لم يُحمَّل شيء: في البيانات مشكلات. الخريطة التي كنت تنظر إليها لم تتغير.',
  loadedFromFiles: (title, incidents, sites) => `حُمّلت «${title}» (${incidents}، ${sites}) من ملفاتك.`,
  incidentCount: (n, count) => plural(count, 'ar', { one: 'حدث واحد', two: 'حدثان', few: `${n} أحداث`, many: `${n} حدثاً`, other: `${n} حدث` }),
  siteCount: (n, count) => plural(count, 'ar', { one: 'موقع واحد', two: 'موقعان', few: `${n} مواقع`, many: `${n} موقعاً`, other: `${n} موقع` }),
  storyNone: 'لا قصة في هذه البيانات.',
  storyIntro: 'تابع الأحداث خطوة خطوة، مع المصادر لكل خطوة.',
  storyStart: (n, count) => `ابدأ القصة (${plural(count, 'ar', {
    one: 'خطوة واحدة', two: 'خطوتان', few: `${n} خطوات`, many: `${n} خطوةً`, other: `${n} خطوة`,
  })})`,
  storyStep: (i, n) => `الخطوة ${i} من ${n}`,
  storySources: 'مصادر هذه الخطوة',
  previousStep: 'الخطوة السابقة',
  nextStep: 'الخطوة التالية',
  leaveStory: 'اخرج من القصة',
  storyHint: 'تنقّل بين الخطوات أيضاً بمفاتيح الأسهم.',

  // The holder is named in the data's language: isolated for bidi.
  wasHolder: (holder) => `سابقاً: \u2068${holder}\u2069`,

  // The source's own words for who (in the data's language) follow in parentheses, isolated for bidi.
  claim: (c) => `${EVENTS[c.kind]} ${QUALIFIERS[c.qualifier](pickForm(c.plural, COUNTED[c.side](c.figure)))}${SIDES[c.side]}${
    c.group ? ` (\u2068${c.group}\u2069)` : ''}`,
  semicolon: '؛ ',

  // Notices
  dismissNotice: (text) => `إغلاق: ${text}`,
  tilesFailed: 'تعذّر تحميل مربعات الخريطة من الشبكة؛ تظهر الخريطة الأساسية المدمجة.',
  langNotLoaded: (language, detail) => `تعذّر تحميل الواجهة باللغة ${language} (${detail})، لذا تبقى الصفحة بالعربية.`,
  linkNotices: {
    // Isolated, so that a value such as 2016-13-45 is not reordered by the Arabic around it.
    quote: (value) => `«\u2068${value}\u2069»`,
    badTime: (value) => `تعذّرت قراءة الوقت ${value} الوارد في الرابط، لذا جرى تجاهله.`,
    unknownEvent: (value) => `يذكر الرابط حدثاً ${value} لا وجود له في هذه الخريطة، لذا جرى تجاهله.`,
    badMap: (value) => `تعذّرت قراءة إطار الخريطة ${value} الوارد في الرابط (المتوقع: مستوى التكبير/خط العرض/خط الطول)، لذا جرى تجاهله.`,
    unknownLayers: (list) => `يذكر الرابط طبقات لا وجود لها في هذه الخريطة (${list})، لذا جرى تجاهلها.`,
    moreLayers: (n, count) => plural(count, 'ar', {
      one: 'طبقة أخرى', two: 'طبقتان أخريان', few: `${n} طبقات أخرى`, many: `${n} طبقةً أخرى`, other: `${n} طبقة أخرى`,
    }),
    badEmbed: (value) => `تعذّرت قراءة إعداد التضمين ${value} (المتوقع 1 أو 0)، لذا جرى تجاهله.`,
    badLang: (value, choices) => `اللغة ${value} غير متاحة (المتاح: ${choices})، لذا تُعرض الصفحة بالإنكليزية.`,
    unknownStep: (value) => `يذكر الرابط خطوة من القصة ${value} لا وجود لها في هذه الخريطة، لذا جرى تجاهلها.`,
    dayOutside: (day, from, to, shown) => `يوم ${day} خارج تواريخ هذه الخريطة (من ${from} إلى ${to})؛ يُعرض يوم ${shown} بدلاً منه.`,
    firstMoment: (from, to) => `الوقت الوارد في الرابط خارج تواريخ هذه الخريطة (من ${from} إلى ${to})؛ تُعرض أول لحظة فيها بدلاً منه.`,
    lastMoment: (from, to) => `الوقت الوارد في الرابط خارج تواريخ هذه الخريطة (من ${from} إلى ${to})؛ تُعرض آخر لحظة فيها بدلاً منه.`,
    badRangeStart: (value) => `تعذّرت قراءة بداية الفترة الزمنية ${value} الواردة في الرابط، لذا جرى تجاهل الفترة.`,
    badRangeEnd: (value) => `تعذّرت قراءة نهاية الفترة الزمنية ${value} الواردة في الرابط، لذا جرى تجاهل الفترة.`,
    rangeReversed: (value) => `الفترة الزمنية ${value} الواردة في الرابط تنتهي قبل أن تبدأ، لذا جرى تجاهلها.`,
    rangeOutside: (value, from, to) => `الفترة الزمنية ${value} الواردة في الرابط خارج تواريخ هذه الخريطة (من ${from} إلى ${to})، لذا جرى تجاهلها.`,
    rangeClipped: (value, from, to) => `الفترة الزمنية ${value} الواردة في الرابط تتجاوز تواريخ هذه الخريطة (من ${from} إلى ${to})؛ يُعرض الجزء الواقع ضمنها.`,
  },
};

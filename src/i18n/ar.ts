// The interface's words in Arabic (Modern Standard Arabic, as Syrian news sites write it).
import { plural } from '../core/plural';
import type { Messages } from './en';

export const ar: Messages = {
  dir: 'rtl',
  languageName: 'العربية',
  language: 'اللغة',
  languageNames: { en: 'الإنكليزية', ar: 'العربية', ku: 'الكردية' },

  loading: 'جارٍ تحميل بيانات الخريطة…',
  loadFailed: 'تعذّر تحميل بيانات الخريطة',
  whatWentWrong: 'ما الذي حدث',
  retry: 'إعادة المحاولة',
  openBuiltIn: 'افتح الخريطة المدمجة بدلاً من ذلك',
  problemsInData: (n, count) => plural(count, 'ar', {
    one: 'مشكلة واحدة في البيانات',
    two: 'مشكلتان في البيانات',
    few: `${n} مشكلات في البيانات`,
    many: `${n} مشكلةً في البيانات`,
    other: `${n} مشكلة في البيانات`,
  }),
  allTimesLocal: (zone, offset) => `كل الأوقات بالتوقيت المحلي: ${zone} (${offset}).`,
  share: 'مشاركة',
  embed: 'تضمين',
  export: 'تصدير',
  loadData: 'تحميل بيانات',
  openFullMap: 'افتح الخريطة كاملة',
  dataFromAddress: (host) => `بيانات محمّلة من ${host}، لم ينشرها هذا الموقع`,
  dataFromFiles: (name) => `بيانات من ملفك ${name}، لم ينشرها هذا الموقع`,
  mapLabel: 'الخريطة',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  basemapCredit: 'خريطة أساسية تخطيطية من البيانات',
  details: 'التفاصيل',
  menu: 'القائمة',
  partFailed: (part, message) => `تعذّر عرض ${part}: ${message}`,
  tryAgain: 'حاول مجدداً',
  partNotLoaded: (message) => `تعذّر تحميل هذا الجزء من الصفحة: ${message}`,

  panelStory: 'القصة',
  panelControl: 'السيطرة على المناطق',
  panelIncidents: 'الأحداث',
  panelLayers: 'الطبقات',
  panelLegend: 'دليل الرموز',
  panelAbout: 'عن البيانات والمصادر',

  whoControlsWhat: 'من يسيطر على ماذا',
  area: 'المنطقة',
  heldBy: 'تحت سيطرة',
  since: 'منذ',
  contested: 'متنازع عليها',
  beforeDate: (date) => `قبل ${date}`,
  noAreas: 'لا تعرض هذه البيانات إلا الأحداث: ليس فيها مناطق سيطرة.',

  incidentsList: 'الأحداث',

  timeline: 'الخط الزمني',
  timeShown: 'الوقت المعروض على الخريطة',
  wholeDay: 'اليوم كاملاً',
  localTime: 'بالتوقيت المحلي',
  showAllOf: (shown, date) => `${shown}: اعرض يوم ${date} كاملاً`,
  wholeDayValue: (date) => `${date}، اليوم كاملاً، بالتوقيت المحلي`,
  playback: 'التشغيل',
  previousEvent: 'الحدث السابق',
  nextEvent: 'الحدث التالي',
  play: 'تشغيل',
  pause: 'إيقاف مؤقت',
  speed: 'السرعة',
  hoursPerSecond: (n) => `${n} س/ث`,

  incidentTypes: {
    clash: 'اشتباك', mortar: 'قذائف هاون', artillery: 'قصف مدفعي', capture: 'سيطرة',
    siege: 'حصار', arrest: 'اعتقالات', attack: 'هجوم (بحسب الادعاء)', talks: 'مفاوضات',
    ceasefire: 'وقف إطلاق النار', statement: 'بيان', exchange: 'تبادل أسرى',
  },



  sources: 'المصادر',
  contestedParen: ' (متنازع عليها)',

  noNameIn: (language) => `لا يوجد اسم مسجّل باللغة ${language}؛ يظهر الاسم الإنكليزي`,
  englishFallback: (language) => ` (بالإنكليزية؛ لا يوجد اسم مسجّل باللغة ${language})`,

  close: 'إغلاق',
  cite: 'استشهاد',
};

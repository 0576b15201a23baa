// The words of Load data's CSV import (ACLED and UCDP GED exports) in every language, loaded with the
// dialog. Arabic and Kurdish use neutral "label: number" forms where a counted noun would need
// agreement we cannot check here; the importer's reasons for a bad row stay in English.
import type { CsvFormat } from '../core/import/detect-csv-format';
import type { Lang } from '../core/names';
import { plural } from '../core/plural';

export interface CsvWords {
  intro: string;
  format: Record<CsvFormat, string>;
  /** "Recognised: ACLED export". */
  recognised: (format: string) => string;
  /** Progress in megabytes, "3.2 of 10.0 MB". */
  progress: (done: string, total: string) => string;
  cancel: string;
  cancelled: string;
  /** "1,200 rows kept, 3 rows with problems". */
  summary: (kept: string, keptCount: number, bad: string, badCount: number) => string;
  incidentsOnly: string;
  problemsHeading: string;
  row: string;
  column: string;
  value: string;
  problem: string;
  andMore: (n: string) => string;
  download: string;
  /** A header that is neither codebook's; `columns` is the file's own. */
  notAnExport: (columns: string) => string;
  close: string;
}

const en: CsvWords = {
  intro: 'An ACLED or UCDP GED export (.csv) is read too: its rows become a dataset of incidents, and rows with problems are listed.',
  format: { acled: 'ACLED export', ucdp: 'UCDP GED' },
  recognised: (format) => `Recognised: ${format}`,
  progress: (done, total) => `${done} of ${total} MB`,
  cancel: 'Cancel',
  cancelled: 'The import was cancelled. The map you were looking at is unchanged.',
  summary: (kept, keptCount, bad, badCount) => `${plural(keptCount, 'en', { one: `${kept} row`, other: `${kept} rows` })} kept, ${plural(badCount, 'en', { one: `${bad} row`, other: `${bad} rows` })} with problems`,
  incidentsOnly: 'The dataset maps incidents only: ACLED and UCDP exports hold no areas of control.',
  problemsHeading: 'Rows with problems',
  row: 'Row', column: 'Column', value: 'Value', problem: 'Problem',
  andMore: (n) => `and ${n} more`,
  download: 'Download the problems as CSV',
  notAnExport: (columns) => `This CSV file is neither an ACLED export nor a UCDP GED export. An ACLED export has the columns event_id_cnty and event_date; a UCDP GED export has date_start and where_prec. This file's header has: ${columns}.`,
  close: 'Show the map',
};

const ar: CsvWords = {
  intro: 'ويُقرأ أيضاً ملف تصدير من ACLED أو UCDP GED ‏(.csv): تصبح صفوفه بيانات حوادث، وتُسرد الصفوف التي فيها مشكلات.',
  format: { acled: 'ملف تصدير ACLED', ucdp: 'UCDP GED' },
  recognised: (format) => `الصيغة: ${format}`,
  progress: (done, total) => `${done} من ${total} ميغابايت`,
  cancel: 'إلغاء',
  cancelled: 'أُلغي الاستيراد. الخريطة التي كنت تنظر إليها لم تتغير.',
  summary: (kept, _k, bad) => `الصفوف المحفوظة: ${kept}، والصفوف التي فيها مشكلات: ${bad}`,
  incidentsOnly: 'تعرض هذه البيانات الحوادث فقط: لا تتضمن ملفات ACLED وUCDP مناطق سيطرة.',
  problemsHeading: 'صفوف فيها مشكلات',
  row: 'الصف', column: 'العمود', value: 'القيمة', problem: 'المشكلة',
  andMore: (n) => `وغيرها: ${n}`,
  download: 'تنزيل المشكلات بصيغة CSV',
  notAnExport: (columns) => `ملف CSV هذا ليس ملف تصدير من ACLED ولا من UCDP GED. في ملف ACLED العمودان event_id_cnty وevent_date، وفي ملف UCDP GED العمودان date_start وwhere_prec. أعمدة هذا الملف: ${columns}.`,
  close: 'عرض الخريطة',
};

const ku: CsvWords = {
  intro: 'Derxistineke ACLED an UCDP GED (.csv) jî tê xwendin: rêzên wê dibin daneyên bûyeran, û rêzên bi pirsgirêk têne rêzkirin.',
  format: { acled: 'Derxistina ACLED', ucdp: 'UCDP GED' },
  recognised: (format) => `Format hat naskirin: ${format}`,
  progress: (done, total) => `${done} ji ${total} MB`,
  cancel: 'Betal bike',
  cancelled: 'Anîn hat betalkirin. Nexşeya ku tu lê dinêrî neguheriye.',
  summary: (kept, _k, bad) => `Rêzên hatine girtin: ${kept}, rêzên bi pirsgirêk: ${bad}`,
  incidentsOnly: 'Ev dane tenê bûyeran nîşan didin: di pelên ACLED û UCDP de deverên kontrolê tune ne.',
  problemsHeading: 'Rêzên bi pirsgirêk',
  row: 'Rêz', column: 'Stûn', value: 'Nirx', problem: 'Pirsgirêk',
  andMore: (n) => `û ${n} yên din`,
  download: 'Pirsgirêkan wek CSV daxe',
  notAnExport: (columns) => `Ev pelê CSV ne derxistina ACLED û ne jî ya UCDP GED e. Di pelê ACLED de stûnên event_id_cnty û event_date hene; di pelê UCDP GED de date_start û where_prec. Stûnên vî pelî: ${columns}.`,
  close: 'Nexşeyê nîşan bide',
};

export const CSV_WORDS: Record<Lang, CsvWords> = { en, ar, ku };

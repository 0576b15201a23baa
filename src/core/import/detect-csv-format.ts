// Which codebook a CSV file follows, read from its header: ACLED's or UCDP GED's.

export type CsvFormat = 'acled' | 'ucdp';

/** A header's column names as the importer reads them: byte-order mark dropped, trimmed, lower-case (older ACLED files shout). */
export function headerNames(header: readonly string[]): string[] {
  return header.map((name, i) => (i === 0 ? name.replace(/^\ufeff/, '') : name).trim().toLowerCase());
}

/** ACLED's event id and date, or UCDP GED's start date and place precision: columns only that codebook has. */
export function detectCsvFormat(header: readonly string[]): CsvFormat | null {
  const names = new Set(headerNames(header));
  if (names.has('event_id_cnty') && names.has('event_date')) return 'acled';
  if (names.has('date_start') && names.has('where_prec')) return 'ucdp';
  return null;
}

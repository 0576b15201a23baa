// The kinds of source a record can be (sources.json `kind`), in the order lists and links give them.
// A source carried by another outlet takes the kind of the outlet it comes from (docs/data-format.md).

export const SOURCE_KINDS = [
  'wire_agency',
  'kurdish_outlet',
  /** The Syrian government's outlets, pro-government ones, and the state media of its allies. */
  'government_outlet',
  'opposition_monitor',
  'opposition_outlet',
  /** Human-rights monitors and documentation projects not described as opposition. */
  'rights_monitor',
  'international_outlet',
  /** A party's own statement, as it published it (not as an outlet reports it). */
  'official_statement',
  /** A dataset's own compilation of its research. */
  'research_notes',
  /** Reference works and databases: encyclopaedias, map wikis, gazetteers, agreement databases. */
  'reference',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

const KIND_SET: ReadonlySet<string> = new Set(SOURCE_KINDS);

export const isSourceKind = (s: string): s is SourceKind => KIND_SET.has(s);

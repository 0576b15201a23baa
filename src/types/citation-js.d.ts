// Types for citation-js 0.8 (it ships none): the parts of its documented API this project uses.
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    /** The entries as CSL-JSON. */
    data: Record<string, unknown>[];
    format(style: string, options?: FormatOptions): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';

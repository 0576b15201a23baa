// A citation in the forms reference managers read: a plain reference (APA), BibTeX (BibLaTeX's
// @dataset, which has fields for the version and the date accessed), CSL-JSON and RIS. citation-js
// writes them, escaping included; it is large, so this module loads only when a Cite dialog opens.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CiteFormat, CslItem } from './citation';

/** A line of RIS: a tag, two spaces, a hyphen. */
const RIS_TAG = /\n(?![A-Z][A-Z0-9] {2}- )/g;

/**
 * The citation of `item` in every form. The plain reference is in English: citation-js carries no
 * Arabic or Kurdish locale for its styles. BibTeX is ASCII with LaTeX escapes (citation-js leaves out
 * a character it has no LaTeX for, such as Arabic script: the titles cited here are the data's English).
 */
export function citeFormats(item: CslItem): Record<CiteFormat, string> {
  const cite = new Cite(item);
  return {
    // APA with no date: then it gives the date retrieved, as APA asks for works that change over time.
    text: new Cite({ ...item, issued: undefined }).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(),
    bibtex: cite.format('biblatex').trim(),
    csl: JSON.stringify([item], null, 2),
    // citation-js breaks RIS values every 70 characters, which splits the permalink in readers (its own
    // reader joins the parts with a space): the values go back on one line each.
    ris: cite.format('ris').trim().replace(RIS_TAG, ''),
  };
}

// The HTML an article pastes, in the form the reporter chose, framing a given address.
import { ampEmbedSnippet, responsiveEmbedSnippet } from '../../app/responsive-embed';

export type EmbedForm = 'responsive' | 'fixed' | 'amp';

export interface EmbedSnippetOptions {
  form: EmbedForm;
  /** The address the frame opens (embed-url.ts). */
  src: string;
  /** The frame's title: the dataset's. */
  title: string;
  /** The fixed form's height, CSS px. */
  height: number;
  /** What AMP shows on its button until it may resize the frame. */
  overflow: string;
}

const escapeHtml = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export function embedSnippet({ form, src, title, height, overflow }: EmbedSnippetOptions): string {
  if (form === 'responsive') return responsiveEmbedSnippet({ src, title });
  if (form === 'amp') return ampEmbedSnippet({ src, title, overflow });
  return `<iframe src="${src.replace(/&/g, '&amp;')}" title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" allowfullscreen style="border:0;max-width:100%"></iframe>`;
}

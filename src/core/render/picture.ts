// What every part of a picture draws with: its size, the projection, the language and its direction,
// and the unit its type and marks are sized in.
import type { Lang } from '../names';
import type { Projection } from './projection';
import { RENDER_WORDS, type RenderWords } from './render-words';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../vocabulary';

export interface Picture {
  width: number;
  height: number;
  /** Type and chrome grow and shrink with the picture (1 at 1200 × 630), within bounds. */
  unit: number;
  lang: Lang;
  rtl: boolean;
  words: RenderWords;
  projection: Projection;
  /** The dataset's incident types and layers: what the marks and the legend draw and name. */
  vocabulary: Vocabulary;
}

/** The font stack: the project's Noto fonts (shipped for the rasteriser) first. */
export const FONT_FAMILY = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

/** 1 at 1200 × 630; smaller pictures keep legible type, larger ones do not grow without end. */
export function pictureUnit(width: number, height: number): number {
  return Math.min(1.6, Math.max(0.7, Math.min(width / 1200, height / 630)));
}

export interface PictureOptions {
  width: number;
  height: number;
  lang: Lang;
  projection: Projection;
  vocabulary?: Vocabulary;
}

export function makePicture({ width, height, lang, projection, vocabulary = DEFAULT_VOCABULARY }: PictureOptions): Picture {
  return { width, height, unit: pictureUnit(width, height), lang, rtl: lang === 'ar', words: RENDER_WORDS[lang], projection, vocabulary };
}

/** Text attributes for the picture's language: right to left in Arabic, where `start` is the right edge. */
export function textDirection(picture: Picture): Record<string, string | undefined> {
  return picture.rtl ? { direction: 'rtl', 'xml:lang': 'ar' } : { 'xml:lang': picture.lang };
}

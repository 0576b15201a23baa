// The build's list of preview pictures (dist/previews/previews.json): what each shows and its alt text.
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewEntry {
  /** 'start', or a story step's id. */
  id: string;
  lang: string;
  /** Its path inside dist/. */
  file: string;
  /** The view's time (a range's end), epoch ms, and its range's start if it is one. */
  time: number;
  rangeStart: number | null;
  alt: string;
}

export interface PreviewList {
  size: typeof PREVIEW_SIZE;
  previews: PreviewEntry[];
}

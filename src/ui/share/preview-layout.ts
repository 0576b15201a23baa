// How the Embed dialog fits its two previews (a phone's width and a desktop's) into the room it has.

export const PHONE_WIDTH = 360;
export const DESKTOP_WIDTH = 1024;

export interface PreviewLayoutOptions {
  /** The room the previews have, CSS px. */
  width: number;
  /** Space between the two, CSS px. */
  gap?: number;
  /** Below this, one above the other (side by side, the phone would be too small to read). */
  sideBySideFrom?: number;
}

export interface PreviewLayout {
  sideBySide: boolean;
  phoneScale: number;
  desktopScale: number;
}

/** Side by side at one scale, so that the two compare; stacked, each as large as fits. Never enlarged. */
export function previewLayout({ width, gap = 16, sideBySideFrom = 560 }: PreviewLayoutOptions): PreviewLayout {
  const room = Math.max(width, 1);
  if (room >= sideBySideFrom) {
    const scale = Math.min(1, (room - gap) / (PHONE_WIDTH + DESKTOP_WIDTH));
    return { sideBySide: true, phoneScale: scale, desktopScale: scale };
  }
  return { sideBySide: false, phoneScale: Math.min(1, room / PHONE_WIDTH), desktopScale: Math.min(1, room / DESKTOP_WIDTH) };
}

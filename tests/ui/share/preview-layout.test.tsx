// How the Embed dialog fits its phone and desktop previews into the room it has.
import { describe, expect, it } from 'vitest';
import { DESKTOP_WIDTH, PHONE_WIDTH, previewLayout } from '../../../src/ui/share/preview-layout';

describe('previewLayout', () => {
  it('puts them side by side at one scale that fills the room with the gap between', () => {
    const layout = previewLayout({ width: 800, gap: 16 });
    expect(layout.sideBySide).toBe(true);
    expect(layout.phoneScale).toBe(layout.desktopScale);
    expect((PHONE_WIDTH + DESKTOP_WIDTH) * layout.phoneScale + 16).toBeCloseTo(800, 6);
  });

  it('stacks them in a narrow room, each as wide as the room', () => {
    const layout = previewLayout({ width: 300 });
    expect(layout.sideBySide).toBe(false);
    expect(PHONE_WIDTH * layout.phoneScale).toBeCloseTo(300, 6);
    expect(DESKTOP_WIDTH * layout.desktopScale).toBeCloseTo(300, 6);
  });

  it('never draws a preview larger than life', () => {
    expect(previewLayout({ width: 3000 }).desktopScale).toBe(1);
    expect(previewLayout({ width: 500, sideBySideFrom: 600 }).phoneScale).toBe(1);
  });
});

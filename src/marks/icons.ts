// Marker glyphs: one distinct shape per site kind and per incident type, so colour is never the only cue.
import type { GlyphName } from '../core/default-vocabulary';
import type { SiteKind } from '../core/types';

const svg = (body: string) =>
  `<svg viewBox="0 0 24 24" width="100%" height="100%" aria-hidden="true" focusable="false">${body}</svg>`;

const INK = '#1b1b1b';

const INCIDENT_GLYPHS: Record<GlyphName, string> = {
  mortar: `<polygon points="12,1 14.4,8 22,6 17,12 22,18 14.4,16 12,23 9.6,16 2,18 7,12 2,6 9.6,8" fill="#d55e00" stroke="${INK}" stroke-width="1.2"/>`,
  artillery: `<polygon points="12,1 14.4,8 22,6 17,12 22,18 14.4,16 12,23 9.6,16 2,18 7,12 2,6 9.6,8" fill="#d55e00" stroke="${INK}" stroke-width="1.2"/><circle cx="12" cy="12" r="3" fill="${INK}"/>`,
  clash: `<circle cx="12" cy="12" r="10.5" fill="#fff" stroke="${INK}" stroke-width="1.5"/><path d="M6.5 6.5 17.5 17.5M17.5 6.5 6.5 17.5" stroke="${INK}" stroke-width="2.6" stroke-linecap="round"/>`,
  siege: `<circle cx="12" cy="12" r="10.5" fill="#fff" stroke="${INK}" stroke-width="1.5"/><circle cx="12" cy="12" r="6" fill="none" stroke="${INK}" stroke-width="2.2" stroke-dasharray="2.5 2"/><circle cx="12" cy="12" r="2" fill="${INK}"/>`,
  attack: `<path d="M12 2 23 21H1Z" fill="#fff" stroke="${INK}" stroke-width="1.6" stroke-linejoin="round"/><path d="M12 8v6" stroke="${INK}" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="17.5" r="1.4" fill="${INK}"/>`,
  capture: `<circle cx="12" cy="12" r="10.5" fill="#fff" stroke="${INK}" stroke-width="1.5"/><path d="M8 19V5" stroke="${INK}" stroke-width="2" stroke-linecap="round"/><path d="M8.5 5.5h8l-2 3 2 3h-8z" fill="${INK}"/>`,
  arrest: `<circle cx="12" cy="12" r="10.5" fill="#fff" stroke="${INK}" stroke-width="1.5"/><circle cx="8.5" cy="13" r="3.2" fill="none" stroke="${INK}" stroke-width="2"/><circle cx="15.5" cy="13" r="3.2" fill="none" stroke="${INK}" stroke-width="2"/><path d="M11.7 12.5h.6" stroke="${INK}" stroke-width="2"/>`,
  exchange: `<circle cx="12" cy="12" r="10.5" fill="#fff" stroke="${INK}" stroke-width="1.5"/><path d="M6 9.5h11m-3-3 3 3-3 3M18 14.5H7m3-3-3 3 3 3" fill="none" stroke="${INK}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  talks: `<path d="M3 5.5A2.5 2.5 0 0 1 5.5 3h13A2.5 2.5 0 0 1 21 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-5 4.5V16h0.5A2.5 2.5 0 0 1 3 13.5z" fill="#fff" stroke="${INK}" stroke-width="1.6" stroke-linejoin="round"/><path d="M7.5 8h9M7.5 11.5h6" stroke="${INK}" stroke-width="1.6" stroke-linecap="round"/>`,
  ceasefire: `<circle cx="12" cy="12" r="10.5" fill="#fff" stroke="${INK}" stroke-width="1.5"/><path d="M7.5 19V5" stroke="${INK}" stroke-width="2" stroke-linecap="round"/><path d="M8 5.5c3-1.5 5 1.5 9 0v6c-4 1.5-6-1.5-9 0z" fill="#fff" stroke="${INK}" stroke-width="1.6" stroke-linejoin="round"/>`,
  statement: `<rect x="4" y="2" width="16" height="20" rx="2" fill="#fff" stroke="${INK}" stroke-width="1.6"/><path d="M8 7.5h8M8 11h8M8 14.5h5" stroke="${INK}" stroke-width="1.6" stroke-linecap="round"/>`,
};

const SITE_GLYPHS: Partial<Record<SiteKind, string>> = {
  prison: `<rect x="4" y="4" width="16" height="16" rx="1.5" fill="#fff" stroke="${INK}" stroke-width="1.6"/><path d="M8.5 4v16M12 4v16M15.5 4v16" stroke="${INK}" stroke-width="1.6"/>`,
  airport: `<path d="M12 2.5c.9 0 1.4.8 1.4 1.8v5.3l7.6 4.4v2.1l-7.6-2.3v4.3l2.3 1.7v1.7L12 20.4l-3.7 1.1v-1.7l2.3-1.7v-4.3L3 16.1V14l7.6-4.4V4.3c0-1 .5-1.8 1.4-1.8z" fill="${INK}"/>`,
  bakery: `<path d="M4 14c0-5 3.6-8 8-8s8 3 8 8v3.5a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 17.5z" fill="#f2d9a6" stroke="${INK}" stroke-width="1.6"/><path d="M9 9.5l1 3M12.5 9l.2 3.3M16 9.8l-1 2.9" stroke="${INK}" stroke-width="1.4" stroke-linecap="round"/>`,
  artillery: `<circle cx="8" cy="16" r="4" fill="#fff" stroke="${INK}" stroke-width="1.8"/><path d="M9 14.5 20.5 6" stroke="${INK}" stroke-width="3.2" stroke-linecap="round"/><path d="M3 20.5h10" stroke="${INK}" stroke-width="1.6"/>`,
  border_crossing: `<path d="M4 21V6M20 21V6" stroke="${INK}" stroke-width="2.2"/><rect x="3" y="8" width="18" height="3.5" fill="#fff" stroke="${INK}" stroke-width="1.4"/><path d="M7 8v3.5M11 8v3.5M15 8v3.5" stroke="${INK}" stroke-width="2"/>`,
  checkpoint: `<path d="M4 21V9" stroke="${INK}" stroke-width="2.2"/><rect x="3.5" y="9" width="17" height="4" rx="1" fill="#fff" stroke="${INK}" stroke-width="1.4"/><path d="M8 9v4M12.5 9v4M17 9v4" stroke="#d55e00" stroke-width="2.2"/>`,
  headquarters: `<path d="M3 21h18M5 21V9l7-5 7 5v12" fill="#fff" stroke="${INK}" stroke-width="1.7" stroke-linejoin="round"/><path d="M9 21v-5h6v5M9 11h2M13 11h2" stroke="${INK}" stroke-width="1.6"/>`,
};

const DEFAULT_SITE_GLYPH = `<path d="M12 3 20 12 12 21 4 12z" fill="#fff" stroke="${INK}" stroke-width="1.7"/>`;

/** A glyph of an incident type: SVG elements in a 24 × 24 box (for pictures, which place it themselves). */
export function incidentGlyph(glyph: GlyphName): string {
  return INCIDENT_GLYPHS[glyph];
}

/** The HTML for an incident's marker, drawn with its type's glyph. */
export function incidentIconHtml(glyph: GlyphName): string {
  return svg(incidentGlyph(glyph));
}

/** A site's glyph in a 24 × 24 box; a ring in the controller's colour where the site is held. */
export function siteGlyph(kind: SiteKind, ringColour?: string): string {
  const ring = ringColour
    ? `<circle cx="12" cy="12" r="11" fill="${ringColour}" stroke="${INK}" stroke-width="1"/>`
    : '<circle cx="12" cy="12" r="11" fill="#fff" stroke="#555" stroke-width="1"/>';
  const glyph = SITE_GLYPHS[kind] ?? DEFAULT_SITE_GLYPH;
  return `${ring}<g transform="translate(3.6 3.6) scale(0.7)">${glyph}</g>`;
}

/** The HTML for a site's marker; a ring in the controller's colour where the site is held. */
export function siteIconHtml(kind: SiteKind, ringColour?: string): string {
  return svg(siteGlyph(kind, ringColour));
}

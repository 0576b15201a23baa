// The font resvg draws a right-to-left picture with.
//
// Why: Noto Sans Arabic has the Arabic letters but not the punctuation around them (parentheses, the
// middle dot, dashes), and resvg 2.6 does not fall back to another font inside such a run: it draws
// empty boxes for the whole run ("هجوم (بحسب الادعاء)"). DejaVu Sans has Arabic, Latin and that
// punctuation in one font, which resvg shapes and orders correctly. Browsers fall back per character,
// so the SVG itself keeps its family list; only the rasteriser puts DejaVu Sans first.

const RTL_ROOT = /^(\s*(?:<\?xml[^>]*>\s*)?<svg\b[^>]*?\sdirection="rtl")/;

/** The SVG with DejaVu Sans first in the root's font family when the picture runs right to left. */
export function fontsForResvg(svg: string): string {
  const root = RTL_ROOT.exec(svg);
  if (!root) return svg;
  const rootEnd = svg.indexOf('>', root[0].length);
  const head = svg.slice(0, rootEnd).replace(/\sfont-family="([^"]*)"/, (_, family: string) => ` font-family="&quot;DejaVu Sans&quot;, ${family}"`);
  return head + svg.slice(rootEnd);
}

// Rewrites the text anchors of right-to-left text so that resvg places it where browsers do.
//
// Why: the SVG spec (and every browser) resolves text-anchor against the text's direction: with
// direction="rtl", "start" puts the text's right edge at x and "end" its left edge. resvg 2.6 shapes
// and orders Arabic correctly with direction="rtl" but reads the anchor literally, as if the text ran
// left to right ("start" = left edge at x), so right-aligned Arabic would hang off the right side.
// The renderer writes spec-correct SVG; this adapter swaps start and end on every text element whose
// direction (its own or inherited) is rtl before resvg sees it. "middle" is the same either way.
// Presentation attributes and inline style="" declarations are read; <style> sheets are not (the
// renderer does not write any).

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][\s\S]*?>|<\/[^>]*>|<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

type Anchor = 'start' | 'middle' | 'end';
type Direction = 'ltr' | 'rtl';

interface Context {
  direction: Direction;
  /** The anchor the author meant (before any rewriting). */
  anchor: Anchor;
  /** The anchor resvg will inherit here (after rewriting an ancestor). */
  written: Anchor;
}

const FLIP: Record<Anchor, Anchor> = { start: 'end', middle: 'middle', end: 'start' };

/** The SVG with start and end swapped on right-to-left text; everything else byte for byte. */
export function anchorsForResvg(svg: string): string {
  if (!/rtl/i.test(svg)) return svg;
  const stack: Context[] = [{ direction: 'ltr', anchor: 'start', written: 'start' }];
  return svg.replace(TOKEN, (token, name: string | undefined, attrs: string | undefined, selfClosing: string | undefined) => {
    if (name === undefined) {
      if (token.startsWith('</')) stack.pop();
      return token;
    }
    const parent = stack[stack.length - 1] as Context;
    // Most elements (shapes, paths) set neither: they only inherit.
    const sets = attrs !== undefined && /direction|anchor/i.test(attrs);
    const own = sets ? { direction: property(attrs, 'direction'), anchor: property(attrs, 'text-anchor') } : { direction: null, anchor: null };
    const direction: Direction = own.direction === 'rtl' || own.direction === 'ltr' ? own.direction : parent.direction;
    const anchor: Anchor = isAnchor(own.anchor) ? own.anchor : parent.anchor;
    // What resvg would use here unless told otherwise, and what it should use.
    const inherited: Anchor = isAnchor(own.anchor) ? own.anchor : parent.written;
    const wanted: Anchor = direction === 'rtl' ? FLIP[anchor] : anchor;
    let out = token;
    let written = inherited;
    if (TEXT_ELEMENTS.has(name) && wanted !== inherited) {
      out = `<${name}${withAnchor(attrs ?? '', wanted)}${selfClosing ? '/' : ''}>`;
      written = wanted;
    }
    if (!selfClosing) stack.push({ direction, anchor, written });
    return out;
  });
}

const isAnchor = (v: string | null): v is Anchor => v === 'start' || v === 'middle' || v === 'end';

type Name = 'direction' | 'text-anchor' | 'style';
const ATTRIBUTE = Object.fromEntries((['direction', 'text-anchor', 'style'] as const)
  .map((name) => [name, new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)])) as Record<Name, RegExp>;
const DECLARATION = Object.fromEntries((['direction', 'text-anchor'] as const)
  .map((name) => [name, new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([\\w-]+)`, 'i')])) as Record<Exclude<Name, 'style'>, RegExp>;

/** A property's value as set on the element: its inline style wins over its attribute. */
function property(attrs: string, prop: Exclude<Name, 'style'>): string | null {
  const style = attribute(attrs, 'style');
  const declared = style === null ? null : DECLARATION[prop].exec(style);
  if (declared) return (declared[1] as string).toLowerCase();
  return attribute(attrs, prop)?.trim().toLowerCase() ?? null;
}

function attribute(attrs: string, name: Name): string | null {
  const m = ATTRIBUTE[name].exec(attrs);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

/** The attributes with text-anchor set: in the style declaration if it has one, else as an attribute. */
function withAnchor(attrs: string, anchor: Anchor): string {
  const style = attribute(attrs, 'style');
  if (style !== null && /(?:^|;)\s*text-anchor\s*:/i.test(style)) {
    const rewritten = style.replace(/((?:^|;)\s*text-anchor\s*:\s*)[\w-]+/i, `$1${anchor}`);
    return attrs.replace(/(\sstyle\s*=\s*)(?:"[^"]*"|'[^']*')/, (_m, lead: string) => `${lead}"${rewritten.replace(/"/g, '&quot;')}"`);
  }
  if (attribute(attrs, 'text-anchor') !== null) {
    return attrs.replace(/(\stext-anchor\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${anchor}"`);
  }
  return `${attrs} text-anchor="${anchor}"`;
}

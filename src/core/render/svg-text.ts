// Writing SVG safely and reproducibly: text and attribute values escaped, numbers with fixed decimals.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or an attribute value as XML: the five markup characters escaped, and characters XML 1.0 does
 * not allow (control characters, lone surrogates) dropped, so that any name yields a document that parses.
 */
export function xml(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters XML forbids are what this removes
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A number with at most `places` decimals, trailing zeros dropped, never "-0". */
export function num(x: number, places = 2): string {
  const f = 10 ** places;
  const r = Math.round(x * f) / f;
  const fixed = (r === 0 ? 0 : r).toFixed(places);
  return places > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Attributes written in the given order (values escaped); undefined ones left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    out += ` ${k}="${xml(typeof v === 'number' ? num(v) : v)}"`;
  }
  return out;
}

/** One element: self-closed when it has no content. */
export function tag(name: string, values: Record<string, string | number | undefined>, content?: string): string {
  return content === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${content}</${name}>`;
}

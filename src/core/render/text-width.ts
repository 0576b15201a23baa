// How wide a line of text will be, estimated without a font engine (the renderer has none): enough
// to size the legend, fit the credits and cut a long title, with a margin for the estimate's error.

/** Average advance widths in em for Noto Sans, by kind of character. */
function advance(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x0600 && c <= 0x06ff) return 0.52;
  if (ch === ' ') return 0.26;
  if (c >= 0x30 && c <= 0x39) return 0.57;
  if (c >= 0x41 && c <= 0x5a) return 0.66;
  if ('ijlt.,:;\'!|()[]'.includes(ch)) return 0.3;
  if ('mwMW'.includes(ch)) return 0.86;
  if (c >= 0x2066 && c <= 0x2069) return 0;
  return 0.56;
}

/** The estimated width in pixels of `text` at `size` pixels (bold 6 % wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * size * (bold ? 1.06 : 1);
}

/** The text cut (with an ellipsis) to fit `width`. */
export function fitText(text: string, size: number, width: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Words wrapped into lines no wider than `width` (a word longer than a line is cut). */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = fitText(word, size, width, bold);
    } else {
      line = textWidth(next, size, bold) > width ? fitText(next, size, width, bold) : next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

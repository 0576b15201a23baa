// resvg reads text-anchor literally; anchorsForResvg swaps start and end on right-to-left text so
// that resvg puts it where the SVG spec and browsers do, and leaves everything else byte for byte.
import { describe, expect, it } from 'vitest';
import { anchorsForResvg } from '../../src/cli/resvg-anchors';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">${body}</svg>`;

describe('anchorsForResvg', () => {
  it('swaps start and end on text with direction="rtl", and makes the default start explicit', () => {
    expect(anchorsForResvg(svg('<text x="90" y="20" direction="rtl" text-anchor="start">مرحبا</text>')))
      .toBe(svg('<text x="90" y="20" direction="rtl" text-anchor="end">مرحبا</text>'));
    expect(anchorsForResvg(svg('<text x="10" y="20" direction="rtl" text-anchor=\'end\'>مرحبا</text>')))
      .toBe(svg('<text x="10" y="20" direction="rtl" text-anchor="start">مرحبا</text>'));
    expect(anchorsForResvg(svg('<text x="90" y="20" direction="rtl">مرحبا</text>')))
      .toBe(svg('<text x="90" y="20" direction="rtl" text-anchor="end">مرحبا</text>'));
  });

  it('follows direction and anchor inherited from a group, and leaves the group alone', () => {
    const input = svg('<g direction="rtl" text-anchor="end"><text x="10" y="20">أ</text><text x="50" y="40" text-anchor="middle">ب</text></g>');
    expect(anchorsForResvg(input)).toBe(svg('<g direction="rtl" text-anchor="end"><text x="10" y="20" text-anchor="start">أ</text><text x="50" y="40" text-anchor="middle">ب</text></g>'));
  });

  it('reads and rewrites inline style declarations', () => {
    expect(anchorsForResvg(svg('<text x="90" y="20" style="direction: rtl; text-anchor: start; fill: red">أ</text>')))
      .toBe(svg('<text x="90" y="20" style="direction: rtl; text-anchor: end; fill: red">أ</text>'));
  });

  it('gives a left-to-right span inside right-to-left text the anchor it meant', () => {
    expect(anchorsForResvg(svg('<text x="90" y="20" direction="rtl">أ<tspan x="90" y="40" direction="ltr">B</tspan></text>')))
      .toBe(svg('<text x="90" y="20" direction="rtl" text-anchor="end">أ<tspan x="90" y="40" direction="ltr" text-anchor="start">B</tspan></text>'));
  });

  it('changes nothing in left-to-right pictures, comments or text that looks like markup', () => {
    const input = `<?xml version="1.0"?>\n${svg('<!-- <text direction="rtl"> --><text x="5" y="20" text-anchor="end">a &lt;text direction="rtl"&gt;</text><g direction="rtl"><rect width="3" height="3"/></g><text x="1" y="9">after</text>')}`;
    expect(anchorsForResvg(input)).toBe(input);
  });
});

// Writing SVG text and numbers: every markup character escaped, what XML forbids dropped, numbers
// with fixed decimals that never print "-0".
import { describe, expect, it } from 'vitest';
import { num, tag, xml } from '../../src/core/render/svg-text';
import { parseSvg } from '../helpers/svg-dom';

describe('xml', () => {
  it('escapes the five markup characters', () => {
    expect(xml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('drops control characters and lone surrogates, keeps tabs, line breaks and whole astral characters', () => {
    expect(xml('a\u0000b\u001fc\ud800d\udc00e\t\n😀')).toBe('abcde\t\n😀');
  });

  it('gives text that any name survives as an attribute and as content', () => {
    const name = 'x"\'<>&\u0001]]>\ud83d';
    const doc = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${tag('text', { 'data-name': name }, xml(name))}</svg>`);
    const text = doc.querySelector('text') as Element;
    expect(text.getAttribute('data-name')).toBe('x"\'<>&]]>');
    expect(text.textContent).toBe('x"\'<>&]]>');
  });
});

describe('num', () => {
  it('writes at most the given decimals, without trailing zeros or a negative zero', () => {
    expect([num(1.2345), num(1.2), num(100), num(-0.001), num(-0), num(2.5, 0), num(1200, 1), num(37.0417654, 6)])
      .toEqual(['1.23', '1.2', '100', '0', '0', '3', '1200', '37.041765']);
  });
});

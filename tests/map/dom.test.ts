import { describe, expect, it } from 'vitest';
import { el, htmlText } from '../../src/map/dom';

const HOSTILE = `<img src=x onerror="alert(1)">'&"`;

describe('text for the map\'s DOM', () => {
  it('puts text in as text, never as markup', () => {
    const node = el('p', { title: HOSTILE }, HOSTILE);
    expect(node.textContent).toBe(HOSTILE);
    expect(node.getAttribute('title')).toBe(HOSTILE);
    expect(node.children).toHaveLength(0);
  });

  it('escapes text for Leaflet options that take only HTML, so it reads back as the same text', () => {
    const escaped = htmlText(HOSTILE);
    expect(escaped).not.toMatch(/[<>"']/);
    const host = document.createElement('div');
    host.innerHTML = escaped;
    expect(host.children).toHaveLength(0);
    expect(host.textContent).toBe(HOSTILE);
  });
});

// The Embed dialog's address: the chosen view, theme and header, set on the page's view link.
import { describe, expect, it } from 'vitest';
import { embedUrl, type EmbedUrlOptions } from '../../../src/ui/share/embed-url';

// An invented page and dataset: every part a view link can carry, and one it does not know.
const PAGE = 'https://maps.example.org/demo/';
const VIEW = `${PAGE}?t=2016-04-21T12:00&event=made-up-event&map=15/37.05000/41.22000&layers=control,clash&embed=1&compare=1&lang=ar&step=made-up-step&data=https://data.example.org/made-up/dataset.json`;
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);
const url = (options: Partial<EmbedUrlOptions>) => embedUrl({ viewUrl: VIEW, view: { kind: 'current' }, theme: 'light', plain: false, ...options });

describe('embedUrl', () => {
  it('leaves the current view\'s link exactly as it was when nothing else is chosen', () => {
    expect(url({})).toBe(VIEW);
    expect(embedUrl({ viewUrl: `${PAGE}?embed=1`, view: { kind: 'current' }, theme: 'light', plain: false })).toBe(`${PAGE}?embed=1`);
  });

  it('opens at the dataset\'s start: no time, incident, map, step or comparison, but the language and the dataset stay', () => {
    const start = url({ view: { kind: 'start' } });
    expect(params(start)).toEqual({ layers: 'control,clash', embed: '1', lang: 'ar', data: 'https://data.example.org/made-up/dataset.json' });
    expect(start.startsWith(`${PAGE}?`)).toBe(true);
  });

  it('opens at a story step: the step alone says where and when', () => {
    const step = params(url({ view: { kind: 'step', id: 'another-step' } }));
    expect(step.step).toBe('another-step');
    for (const key of ['t', 'event', 'map', 'compare']) expect(step[key], key).toBeUndefined();
    expect(step.lang).toBe('ar');
    expect(step.data).toBe('https://data.example.org/made-up/dataset.json');
  });

  it('adds theme=dark or theme=auto, and nothing for light, the default', () => {
    expect(params(url({ theme: 'dark' })).theme).toBe('dark');
    expect(params(url({ theme: 'auto' })).theme).toBe('auto');
    expect(url({ theme: 'light' })).not.toMatch(/theme=/);
  });

  it('adds plain=1 for a map without its header', () => {
    expect(params(url({ plain: true })).plain).toBe('1');
    expect(url({ plain: false })).not.toMatch(/plain=/);
  });

  it('replaces a theme and header that the page\'s own link carried with the dialog\'s choice', () => {
    const carried = `${PAGE}?embed=1&theme=dark&plain=1`;
    expect(embedUrl({ viewUrl: carried, view: { kind: 'current' }, theme: 'auto', plain: false })).toBe(`${PAGE}?embed=1&theme=auto`);
    expect(embedUrl({ viewUrl: carried, view: { kind: 'current' }, theme: 'light', plain: true })).toBe(`${PAGE}?embed=1&plain=1`);
  });

  it('keeps slashes, colons and commas readable, as the link format writes them', () => {
    expect(url({ theme: 'dark', view: { kind: 'current' } })).toMatch(/t=2016-04-21T12:00&.*map=15\/37\.05000\/41\.22000&layers=control,clash/);
  });
});

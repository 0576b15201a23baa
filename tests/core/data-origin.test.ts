// Whose data the page shows, and whether the deployment lets a link open it.
import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../src/core/app-config';
import { mayOpen, originFileTag, originNote, originOfAddress, OWN_DATA, refusedAddressMessage } from '../../src/core/data-origin';

const PAGE = 'https://maps.example.org/qamishlo/?t=2016-04-21';

describe('originOfAddress', () => {
  it('counts the built-in dataset, relative addresses and the same origin as the deployment’s own', () => {
    expect(originOfAddress(undefined, PAGE)).toEqual(OWN_DATA);
    expect(originOfAddress('examples/town/dataset.json', PAGE)).toEqual(OWN_DATA);
    expect(originOfAddress('/other/dataset.json', PAGE)).toEqual(OWN_DATA);
    expect(originOfAddress('https://maps.example.org/x.json', PAGE)).toEqual(OWN_DATA);
  });

  it('names the host of any other origin, port included; another scheme or port is another origin', () => {
    expect(originOfAddress('https://elsewhere.example/fake.json', PAGE))
      .toEqual({ kind: 'address', url: 'https://elsewhere.example/fake.json', host: 'elsewhere.example' });
    expect(originOfAddress('http://maps.example.org/x.json', PAGE)).toMatchObject({ kind: 'address', host: 'maps.example.org' });
    expect(originOfAddress('https://maps.example.org:8443/x.json', PAGE)).toMatchObject({ kind: 'address', host: 'maps.example.org:8443' });
  });

  it('refuses what is not an http(s) address', () => {
    expect(originOfAddress('javascript:alert(1)', PAGE)).toBeNull();
    expect(originOfAddress('data:application/json,{}', PAGE)).toBeNull();
    expect(originOfAddress('http://[bad', PAGE)).toBeNull();
  });
});

describe('mayOpen', () => {
  const elsewhere = { kind: 'address', url: 'https://Data.Elsewhere.example/d.json', host: 'data.elsewhere.example' } as const;

  it('opens only the site’s own data by default', () => {
    expect(mayOpen(OWN_DATA, undefined)).toBe(true);
    expect(mayOpen(elsewhere, undefined)).toBe(false);
    expect(mayOpen(elsewhere, [])).toBe(false);
  });

  it('opens a listed host (in any case), any host with "*", and never an unlisted one', () => {
    expect(mayOpen(elsewhere, ['DATA.elsewhere.example'])).toBe(true);
    expect(mayOpen(elsewhere, '*')).toBe(true);
    expect(mayOpen(elsewhere, ['elsewhere.example'])).toBe(false);
    expect(mayOpen(elsewhere, ['data.elsewhere.example:8080'])).toBe(false);
  });

  it('leaves files the reader chose to the reader', () => {
    expect(mayOpen({ kind: 'files', name: 'mine.json' }, undefined)).toBe(true);
  });

  it('says which host was refused and where that is decided', () => {
    expect(refusedAddressMessage(elsewhere)).toMatch(/data\.elsewhere\.example.*data_hosts/);
  });
});

describe('what exports say', () => {
  it('says nothing for the site’s own data, and names the address or the file otherwise', () => {
    expect(originNote(OWN_DATA, 'https://maps.example.org/')).toBeNull();
    expect(originFileTag(OWN_DATA)).toBe('');
    const elsewhere = { kind: 'address', url: 'https://elsewhere.example/fake.json', host: 'elsewhere.example:81' } as const;
    expect(originNote(elsewhere, 'https://maps.example.org/')).toBe('loaded from https://elsewhere.example/fake.json; not published by https://maps.example.org/');
    expect(originFileTag(elsewhere)).toBe('_from-elsewhere.example-81');
    expect(originNote({ kind: 'files', name: 'x.json' }, 'https://maps.example.org/')).toMatch(/file x\.json; not published/);
    expect(originFileTag({ kind: 'files', name: '../../x.json' })).toBe('_from-reader-file');
  });
});

describe('config.json data_hosts', () => {
  it('takes a list of hosts or "*", and is optional', () => {
    expect(parseAppConfig({ data_hosts: ['data.example.org', 'localhost:8080'] }).config.data_hosts).toEqual(['data.example.org', 'localhost:8080']);
    expect(parseAppConfig({ data_hosts: '*' }).config.data_hosts).toBe('*');
    expect(parseAppConfig({}).config.data_hosts).toBeUndefined();
  });

  it('rejects an address where a host belongs, and names the field; the defaults then open only the site’s own', () => {
    const { config, problems } = parseAppConfig({ data_hosts: ['https://data.example.org/'] });
    expect(config).toEqual({});
    expect(problems.map((p) => p.field)).toEqual(['data_hosts.0']);
    expect(parseAppConfig({ data_hosts: 'all' }).problems.map((p) => p.field)).toEqual(['data_hosts']);
  });
});

// Whose data the page shows: the deployment's own, a dataset from another address (?data=), or files
// the reader loaded. A dataset that is not the deployment's own may not speak with its voice: the
// deployment decides which hosts may be opened at all (config.json `data_hosts`), and the page,
// exports and pictures say where such data came from.

export type DataOrigin =
  | { kind: 'own' }
  /** A dataset opened from an address on another host: `host` is what the reader is told. */
  | { kind: 'address'; url: string; host: string }
  /** Files the reader loaded from their own device (Load data). */
  | { kind: 'files'; name: string };

export const OWN_DATA: DataOrigin = { kind: 'own' };

/** Hosts whose datasets may be opened: '*' for any; absent or empty, the site's own address only. */
export type DataHosts = '*' | readonly string[] | undefined;

/**
 * Where the dataset named by a link's data= comes from, seen from the page at `pageUrl`. The same
 * origin is the deployment's own; anything that cannot be read as an http(s) address is refused.
 */
export function originOfAddress(address: string | undefined, pageUrl: string): DataOrigin | null {
  if (address === undefined) return OWN_DATA;
  let url: URL;
  try {
    url = new URL(address, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin === new URL(pageUrl).origin) return OWN_DATA;
  return { kind: 'address', url: url.href, host: url.host };
}

/** Whether the deployment lets the page open a dataset from `origin`. Files the reader chose are theirs. */
export function mayOpen(origin: DataOrigin, hosts: DataHosts): boolean {
  if (origin.kind !== 'address') return true;
  if (hosts === '*') return true;
  const host = origin.host.toLowerCase();
  return (hosts ?? []).some((h) => h.toLowerCase() === host);
}

/** The problem shown when a link names a dataset from a host the deployment does not allow. */
export function refusedAddressMessage(origin: Extract<DataOrigin, { kind: 'address' }>): string {
  return `this site does not open datasets from ${origin.host}: its config.json (data_hosts) does not list that host`;
}

/** For exports' metadata: where a dataset that is not the deployment's own came from, in plain English. */
export function originNote(origin: DataOrigin, site: string): string | null {
  if (origin.kind === 'own') return null;
  const from = origin.kind === 'address' ? origin.url : `the reader's file ${origin.name}`;
  return `loaded from ${from}; not published by ${site}`;
}

/** For exports' file names, which travel without their contents (a CSV has no room for a note). */
export function originFileTag(origin: DataOrigin): string {
  if (origin.kind === 'own') return '';
  return origin.kind === 'address' ? `_from-${origin.host.replace(/[^a-z0-9.-]/gi, '-')}` : '_from-reader-file';
}

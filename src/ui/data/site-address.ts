// The address of this deployment (the page without its query), named in exports of data it did not publish.
export function siteAddress(loc: Location = location): string {
  return new URL('.', loc.href).href;
}

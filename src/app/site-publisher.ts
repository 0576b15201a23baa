// Who publishes this copy of the map, as citations name it: config.json's `publisher`, else the
// site's host name. Never invented: the dataset itself names no publisher.
import { parseAppConfig } from '../core/app-config';

/** Reads config.json (the browser has it cached from the page's load) when a citation is made. */
export async function sitePublisher(loc: Location = location, base: string = document.baseURI): Promise<string> {
  try {
    const response = await fetch(new URL('config.json', base));
    if (response.ok) {
      const { config } = parseAppConfig(await response.json());
      if (config.publisher !== undefined) return config.publisher;
    }
  } catch {
    // No config, or not JSON: the host name, as without one.
  }
  return loc.hostname || loc.host || loc.href;
}

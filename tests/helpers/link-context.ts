// The link context of a dataset shaped like the built-in one (20–24 April 2016, Asia/Damascus), for
// link tests that need no data files: each names the incidents and story steps its links select.
import type { LinkContext } from '../../src/core/link';

export const TZ = 'Asia/Damascus';

export function linkContext({ incidents = ['truce'], steps = [] as string[] } = {}): LinkContext {
  return {
    timeZone: TZ,
    start: Date.parse('2016-04-20T00:00:00+03:00'),
    end: Date.parse('2016-04-25T00:00:00+03:00'),
    incidentIds: new Set(incidents),
    stepIds: new Set(steps),
  };
}

// What the map frames at first: the sites placed to within a kilometre (vaguer positions may lie
// anywhere around), else every site, else the basemap, so that a dataset whose sites file failed
// still shows its basemap and its problems rather than a broken map.
import { boundingBox } from './geo';
import type { Dataset } from './types';

/** [west, south, east, north] of what the map shows first; throws, with a reason, when there is nothing to place. */
export function initialFrame(dataset: Pick<Dataset, 'sites' | 'basemap'>): [number, number, number, number] {
  const precise = dataset.sites.filter((x) => (x.properties.location_precision_m ?? 0) <= 1000);
  const features = [precise, dataset.sites, dataset.basemap].find((list) => list.length > 0);
  if (!features) throw new Error('there is nothing to place on the map: the dataset has no usable sites and no basemap');
  return boundingBox(features.map((f) => f.geometry));
}

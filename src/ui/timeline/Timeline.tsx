// The timeline, once a dataset is loaded (before that, nothing): the guard keeps TimelineSection's
// hooks unconditional, since it only ever renders with data.
import { useApp } from '../store-context';
import { TimelineSection } from './TimelineSection';

export function Timeline() {
  const dataset = useApp((s) => s.dataset);
  const index = useApp((s) => s.index);
  return dataset && index ? <TimelineSection dataset={dataset} index={index} /> : null;
}

// The moment an embed's chosen view shows, for the picture readers without JavaScript see.
import type { AppState } from '../../store/store';
import type { EmbedView } from './embed-url';

export function embedViewTime(s: AppState, view: EmbedView): number {
  const { dataset } = s;
  if (!dataset || view.kind === 'current') return s.time;
  if (view.kind === 'start') return dataset.start;
  const step = dataset.story.find((x) => x.id === view.id);
  // A step with an end shows the control at its end, as a range does.
  return step ? Date.parse(step.until ?? step.at) : s.time;
}

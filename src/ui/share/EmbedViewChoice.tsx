// The Embed dialog's choice of view: the reader's current one, the dataset's start, or a story step.
import type { StoryStep } from '../../core/types';
import { useMoreT } from '../use-more-t';
import type { EmbedView } from './embed-url';

export interface EmbedViewChoiceProps {
  view: EmbedView;
  onChange: (view: EmbedView) => void;
  /** The dataset's story; without one, there is no step to choose. */
  story: readonly StoryStep[];
  /** The step offered first: the one the reader is at, else the first. */
  defaultStep: string | undefined;
}

export function EmbedViewChoice({ view, onChange, story, defaultStep }: EmbedViewChoiceProps) {
  const m = useMoreT();
  const firstStep = defaultStep ?? story[0]?.id;
  return (
    <fieldset class="embed-choice">
      <legend>{m.embedView}</legend>
      <label><input type="radio" name="embed-view" checked={view.kind === 'current'} onChange={() => onChange({ kind: 'current' })} /> {m.embedViewCurrent}</label>
      <label><input type="radio" name="embed-view" checked={view.kind === 'start'} onChange={() => onChange({ kind: 'start' })} /> {m.embedViewStart}</label>
      {firstStep === undefined ? null : (
        <label><input type="radio" name="embed-view" checked={view.kind === 'step'} onChange={() => onChange({ kind: 'step', id: firstStep })} /> {m.embedViewStep}</label>
      )}
      {view.kind === 'step' ? (
        <label class="embed-step">
          {m.embedStep}{' '}
          <select value={view.id} onChange={(e) => onChange({ kind: 'step', id: e.currentTarget.value })}>
            {/* Step titles are written in English only (as the story panel shows them). */}
            {story.map((s) => <option key={s.id} value={s.id} lang="en">{s.title}</option>)}
          </select>
        </label>
      ) : null}
    </fieldset>
  );
}

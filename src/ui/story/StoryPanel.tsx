// The guided story: steps from the dataset, each a moment, a map view and a caption with sources.
import './story.css';
import { citeSource, safeHref } from '../../core/source-text';
import { formatCount } from '../../core/locale';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { useMoreT } from '../use-more-t';

export function StoryPanel() {
  const store = useAppStore();
  const story = useApp((s) => s.dataset?.story ?? []);
  const sources = useApp((s) => s.dataset?.sources ?? []);
  const stepId = useApp((s) => s.step);
  const t = useT();
  const m = useMoreT();
  const lang = useLang();
  if (story.length === 0) return <p>{m.storyNone}</p>;

  const index = story.findIndex((s) => s.id === stepId);
  const step = index >= 0 ? story[index] : undefined;
  const go = (i: number) => {
    const target = story[Math.max(0, Math.min(story.length - 1, i))];
    if (target) {
      store.getState().setPlaying(false);
      store.getState().showStep(target.id);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!step) return;
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward || e.key === 'PageDown') go(index + 1);
    else if (e.key === back || e.key === 'PageUp') go(index - 1);
    else return;
    e.preventDefault();
  };

  if (!step) {
    return (
      <div class="story">
        <p>{m.storyIntro}</p>
        <button type="button" class="story-start" onClick={() => go(0)}>{m.storyStart(formatCount(story.length, lang), story.length)}</button>
      </div>
    );
  }
  const stepSources = step.sources.map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  return (
    <section class="story" aria-label={t.panelStory} tabIndex={-1} onKeyDown={onKeyDown}>
      <p class="story-count" aria-live="polite">{m.storyStep(formatCount(index + 1, lang), formatCount(story.length, lang))}</p>
      <h3 lang="en" dir="auto">{step.title}</h3>
      <p lang="en" dir="auto">{step.caption}</p>
      <ul class="story-sources" aria-label={m.storySources} lang="en" dir="auto">
        {stepSources.map((s) => {
          const href = safeHref(s.url);
          return <li key={s.id}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{citeSource(s)}</a> : citeSource(s)}</li>;
        })}
      </ul>
      <div class="story-nav">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>{m.previousStep}</button>
        <button type="button" onClick={() => go(index + 1)} disabled={index === story.length - 1}>{m.nextStep}</button>
        <button type="button" class="story-exit" onClick={() => store.getState().showStep(null)}>{m.leaveStory}</button>
      </div>
      <p class="story-hint">{m.storyHint}</p>
    </section>
  );
}

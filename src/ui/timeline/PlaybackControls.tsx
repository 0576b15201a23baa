// Play/pause, speed, and stepping to the previous or next event.
import { formatCount } from '../../core/locale';
import { useApp, useAppStore } from '../store-context';
import { useLang, useT } from '../use-t';
import { usePlayback } from './use-playback';

const SPEEDS = [1, 2, 6, 12];

// Drawn, not typed: symbol fonts are missing on many systems.
const ICONS = {
  previous: 'M6 5h2v14H6zM20 5v14L9 12z',
  next: 'M16 5h2v14h-2zM4 5l11 7-11 7z',
  play: 'M7 4.5v15L19.5 12z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
};
const Icon = ({ d }: { d: string }) => (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path d={d} fill="currentColor" /></svg>
);

export function PlaybackControls() {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const t = useT();
  const lang = useLang();
  usePlayback();
  const { setPlaying, setSpeed, stepEvent, setTime } = store.getState();
  const togglePlay = () => {
    const s = store.getState();
    if (!s.playing && s.span !== 'range' && s.dataset && s.time >= s.dataset.end) setTime(s.dataset.start);
    setPlaying(!s.playing);
  };
  return (
    // Previous and next follow the timeline, which runs left to right in every language.
    <div class="playback" role="group" aria-label={t.playback} dir="ltr">
      <button type="button" onClick={() => stepEvent(-1)} aria-label={t.previousEvent} title={t.previousEvent}><Icon d={ICONS.previous} /></button>
      <button type="button" onClick={togglePlay} aria-pressed={playing} aria-label={playing ? t.pause : t.play}
        title={playing ? t.pause : t.play}><Icon d={playing ? ICONS.pause : ICONS.play} /></button>
      <button type="button" onClick={() => stepEvent(1)} aria-label={t.nextEvent} title={t.nextEvent}><Icon d={ICONS.next} /></button>
      <label class="speed">
        <span class="visually-hidden">{t.speed}</span>
        <select value={String(speed)} onChange={(e) => setSpeed(Number((e.currentTarget as HTMLSelectElement).value))}>
          {SPEEDS.map((s) => <option key={s} value={String(s)}>{t.hoursPerSecond(formatCount(s, lang))}</option>)}
        </select>
      </label>
    </div>
  );
}

// Play/pause, speed, and stepping to the previous or next event.
import { useApp, useAppStore } from '../store-context';
import { usePlayback } from './use-playback';

const SPEEDS = [1, 2, 6, 12];

export function PlaybackControls() {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  usePlayback();
  const { setPlaying, setSpeed, stepEvent, setTime } = store.getState();
  const togglePlay = () => {
    const s = store.getState();
    if (!s.playing && s.dataset && s.time >= s.dataset.end) setTime(s.dataset.start);
    setPlaying(!s.playing);
  };
  return (
    <div class="playback" role="group" aria-label="Playback">
      <button type="button" onClick={() => stepEvent(-1)} aria-label="Previous event" title="Previous event">⏮</button>
      <button type="button" onClick={togglePlay} aria-pressed={playing} aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause' : 'Play'}>{playing ? '⏸' : '▶'}</button>
      <button type="button" onClick={() => stepEvent(1)} aria-label="Next event" title="Next event">⏭</button>
      <label class="speed">
        <span class="visually-hidden">Speed</span>
        <select value={String(speed)} onChange={(e) => setSpeed(Number((e.currentTarget as HTMLSelectElement).value))}>
          {SPEEDS.map((s) => <option key={s} value={String(s)}>{s} h/s</option>)}
        </select>
      </label>
    </div>
  );
}

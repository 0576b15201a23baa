// Advances the store's time while playing, at the chosen speed, frame by frame.
import { useEffect } from 'preact/hooks';
import { HOUR } from '../../core/time';
import { useApp, useAppStore } from '../store-context';

export function usePlayback(): void {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const { time, speed, dataset, setTime, setPlaying } = store.getState();
      const next = time + ((now - last) / 1000) * speed * HOUR;
      last = now;
      if (!dataset || next >= dataset.end) {
        setTime(dataset?.end ?? time);
        setPlaying(false);
        return;
      }
      setTime(next);
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}

// Whether the reader has asked their system for less motion. Read when motion would start (a map
// made, playback begun, a host asking to play), so a change of the setting applies from then on.
export function prefersReducedMotion(win: Window | null = typeof window === 'undefined' ? null : window): boolean {
  return typeof win?.matchMedia === 'function' && win.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

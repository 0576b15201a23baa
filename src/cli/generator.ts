// The name written into exported files as their generator.
export const GENERATOR = 'qamishlo-control-map 0.1.0 (snapshot format conflict-map-snapshot/1)';

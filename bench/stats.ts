// Summaries of timing samples, in milliseconds.
export interface Summary {
  runs: number;
  min: number;
  mean: number;
  std: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, n);
  const std = Math.sqrt(sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, n));
  const at = (q: number) => sorted[Math.min(n - 1, Math.floor(q * n))] ?? 0;
  return { runs: n, min: sorted[0] ?? 0, mean, std, p50: at(0.5), p95: at(0.95), max: sorted[n - 1] ?? 0 };
}

const ms = (x: number) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

export function formatSummary(s: Summary): string {
  return `${ms(s.mean)} ± ${ms(s.std)} (min ${ms(s.min)}, p95 ${ms(s.p95)}, ${s.runs} runs)`;
}

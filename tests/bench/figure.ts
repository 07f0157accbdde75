// One benchmark figure, printed as one JSON line by `npm run bench`.

export type BenchFigure = {
  name: string;
  value: number;
  unit: 'ms' | 'ratio' | 'bytes' | 'count';
  params: Record<string, string | number | boolean>;
};

export type Report = (figure: BenchFigure) => void;

/** A bench module: runs its measurements and reports each figure. */
export type Bench = { name: string; run: (report: Report) => Promise<void> };

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error('median of no values');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds a figure to 3 decimals for printing. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

// One JSON line per figure, with its goal and whether it was met. Figures are printed, never asserted.
export interface Figure {
  figure: string;
  value: number;
  unit: string;
  goal: string;
  meetsGoal: boolean;
  [detail: string]: unknown;
}

export function printFigure(figure: Figure): void {
  console.log(JSON.stringify(figure));
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const round = (x: number, digits = 1) => Number(x.toFixed(digits));

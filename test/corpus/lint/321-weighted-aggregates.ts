// Weighted aggregations over labelled series: a default weight profile, per-series rescaling and a weighted mean report.
import { array, NDArray } from "ndalias";

type Labelled = { readonly label: string; data: NDArray };

interface AggregateOptions {
  weights?: NDArray;
  normalize?: boolean;
}

const UNIFORM_WEEK = array([1, 1, 1, 1, 1, 1, 1]);

export function weightedMean(series: Labelled, opts: AggregateOptions = {}): number {
  const w = opts.weights !== undefined ? opts.weights : UNIFORM_WEEK;
  if (opts.normalize) {
    w.idiv(w.sum()); // expect: no-alias-mutation
  }
  return series.data.mul(w).sum() / (opts.normalize ? 1 : w.sum());
}

export function rescaled<T extends Labelled>(item: T, factor: number): T {
  item.data.imul(factor); // expect: no-alias-mutation
  return item;
}

export function withUnit<T extends Labelled>(item: T, unit: string): T & { unit: string } {
  return { ...item, unit };
}

function describe(items: Iterable<Labelled>): string[] {
  const lines: string[] = [];
  for (const it of items) {
    lines.push(`${it.label}: total=${it.data.sum().toFixed(2)} peak=${it.data.max().toFixed(2)}`);
  }
  return lines;
}

const visits: Labelled = { label: "visits", data: array([120, 95, 130, 80, 160, 210, 190]) };
const revenue: Labelled = { label: "revenue", data: array([3.2, 2.9, 3.5, 2.1, 4.0, 5.6, 5.1]) };

const weekendHeavy = array([1, 1, 1, 1, 1, 2, 2]);
console.log("weekend-weighted visits:", weightedMean(visits, { weights: weekendHeavy }));
console.log("normalised uniform visits:", weightedMean(visits, { normalize: true }));
console.log("plain revenue mean:", weightedMean(revenue));

const revenueK = rescaled(revenue, 1000);
const tagged = withUnit(revenueK, "EUR");
console.log(describe([visits, tagged]));
console.log("original revenue series:", revenue.data.tolist());
console.log("uniform profile is still:", UNIFORM_WEEK.tolist());

// Fits a least-squares line to noisy gauge readings and reports weighted residuals through deferred formatters and callbacks.
import { array, linspace, NDArray } from "ndalias";

type Reporter = (label: string, values: NDArray) => void;

function fitLine(x: NDArray, y: NDArray): { slope: number; intercept: number } {
  const mx = x.mean();
  const my = y.mean();
  const dx = x.sub(mx);
  const dy = y.sub(my);
  const slope = dx.mul(dy).sum() / dx.mul(dx).sum();
  return { slope, intercept: my - slope * mx };
}

export function residualReport(x: NDArray, y: NDArray, weights: NDArray, report: Reporter): () => string {
  const { slope, intercept } = fitLine(x, y);
  const predicted = x.mul(slope);
  predicted.iadd(intercept);

  const magnitude = y.sub(predicted);
  for (let i = 0; i < magnitude.size; i++) {
    magnitude.set(i, Math.abs(magnitude.get(i) as number));
  }
  report("|residual|", magnitude);

  const residual = y.sub(predicted);
  residual.imul(weights);
  const summary = (): string => `weighted SSE ${residual.mul(residual).sum().toFixed(4)}`;
  return summary;
}

function whenDone(task: string, callback: () => void): void {
  console.log(`${task} finished`);
  callback();
}

export function deferredScales(readings: NDArray, scales: number[]): Array<() => string> {
  const formatters: Array<() => string> = [];
  for (const scale of scales) {
    const scaled = readings.mul(scale);
    scaled.isub(scaled.min());
    formatters.push(() => `x${scale}: ${JSON.stringify(scaled.tolist())}`);
  }
  return formatters;
}

export function trendLine(x: NDArray, y: NDArray): (at: number) => number {
  const { slope, intercept } = fitLine(x, y);
  const coeffs = array([intercept, slope]);
  const jitter = coeffs.copy();
  jitter.imul(1e-6);
  const stable = coeffs.add(jitter);
  return (at: number) => (stable.get(0) as number) + (stable.get(1) as number) * at;
}

const x = linspace(0, 9, 10);
const readings = array([1.1, 2.9, 5.2, 7.1, 8.8, 11.2, 13.1, 14.8, 17.2, 19.0]);
const weights = array([1, 1, 1, 1, 0.5, 0.5, 1, 1, 1, 2]);

const printReport: Reporter = (label, values) => {
  console.log(label, JSON.stringify(values.tolist()));
};

const sse = residualReport(x, readings, weights, printReport);
console.log(sse());

const baseline = readings.copy();
baseline.fill(readings.mean());
whenDone("baseline", () => {
  console.log("flat baseline:", JSON.stringify(baseline.tolist()));
});

const formatters = deferredScales(readings, [1, 10]);
formatters.forEach((f) => console.log(f()));

const line = trendLine(x, readings);
console.log("forecast at 12:", line(12).toFixed(3));

let lastCentered: NDArray | null = null;
const recentre = (values: NDArray): void => {
  const c = values.copy();
  c.isub(values.mean());
  lastCentered = c;
};
recentre(readings);
const printLast = (): void => {
  if (lastCentered) console.log("centred readings:", JSON.stringify(lastCentered.tolist()));
};
printLast();
console.log("readings untouched:", JSON.stringify(readings.tolist()));

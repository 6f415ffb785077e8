// Bins request latencies into a histogram, drops the overflow bin, and prints counts, density and a cumulative text chart.
// runnable
import { array, zeros, NDArray } from "ndalias";

type Mode = "count" | "density" | "percent";

const EDGES = [0, 10, 20, 40, 80, 160, Infinity];

function histogram(samples: readonly number[], edges: readonly number[]): NDArray {
  const counts = zeros(edges.length - 1);
  outer: for (const s of samples) {
    for (let b = 0; b < edges.length - 1; b++) {
      if (s >= edges[b] && s < edges[b + 1]) {
        counts.set(b, (counts.get(b) as number) + 1);
        continue outer;
      }
    }
  }
  return counts;
}

function scaled(hist: NDArray, mode: Mode, width = 1): NDArray {
  switch (mode) {
    case "density": {
      const density = hist.astype("float64");
      density.idiv(hist.sum() * width || 1);
      return density;
    }
    case "percent":
      return hist.mul(100 / (hist.sum() || 1));
    default:
      return hist;
  }
}

function cumulative(hist: NDArray): NDArray {
  const running = hist.copy();
  for (let i = 1; i < running.size; i++) {
    running.set(i, (running.get(i) as number) + (running.get(i - 1) as number));
  }
  return running;
}

function label(b: number): string {
  const hi = EDGES[b + 1];
  return `${EDGES[b]}-${Number.isFinite(hi) ? hi : "inf"}ms`.padEnd(10);
}

function printBars(hist: NDArray, { width = 30, char = "#" }: { width?: number; char?: string } = {}): void {
  const peak = hist.max() || 1;
  for (let b = 0; b < hist.size; b++) {
    const v = hist.get(b) as number;
    console.log(label(b), char.repeat(Math.round((v / peak) * width)), v);
  }
}

const latencies = [3, 7, 12, 15, 18, 22, 25, 31, 33, 38, 45, 52, 61, 77, 95, 130, 155, 410, 980, 1200];
const hist = histogram(latencies, EDGES);
const asCounts = scaled(hist, "count");
console.log("total requests:", asCounts.sum(), "of", latencies.length);

// Drop the overflow bin (timeouts are reported separately).
const timeouts = hist.get(EDGES.length - 2) as number;
const trimmed = hist.flatten();
trimmed.set(EDGES.length - 2, 0); // expect: no-lost-write
console.log("timeouts:", timeouts);

printBars(hist);

const density = scaled(hist, "density", 10);
console.log("density:", (density.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));

const percent = hist.mul(100 / (hist.sum() || 1));
for (let b = 0; b < percent.size; b++) {
  percent.set(b, Math.round((percent.get(b) as number) * 10) / 10);
}
console.log("percent:", percent.tolist(), "check:", scaled(hist, "percent").sum());

const cdf = cumulative(hist);
printBars(cdf, { char: "=" });
const median = (cdf.tolist() as number[]).findIndex((c) => c >= latencies.length / 2);
console.log("median bin:", label(median).trim());

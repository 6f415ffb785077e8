// Streaming statistics helpers with default-parameter arrays: running column totals, histograms and weighted scores over sensor batches.
import { array, zeros, ones, NDArray } from "ndalias";

const DEFAULT_EDGES = array([0, 0.25, 0.5, 0.75, 1.0]);

const Streaming = {
  accumulate(batch: NDArray, totals: NDArray = zeros(batch.shape[1])): NDArray {
    for (let i = 0; i < batch.shape[0]; i++) {
      totals.iadd(batch.slice(i)); // expect: no-alias-mutation
    }
    return totals;
  },

  histogramInto(values: NDArray, counts: NDArray, edges: NDArray = DEFAULT_EDGES): void {
    const flat = values.flatten();
    for (let i = 0; i < flat.size; i++) {
      const v = flat.get(i);
      for (let b = 0; b < edges.size - 1; b++) {
        const last = b === edges.size - 2;
        if (v >= edges.get(b) && (v < edges.get(b + 1) || (last && v <= edges.get(b + 1)))) {
          counts.set(b, counts.get(b) + 1);
          break;
        }
      }
    }
  },

  weightedScore(x: NDArray, weights: NDArray = ones(x.size)): number {
    return x.mul(weights).sum() / weights.sum();
  },

  normalised(x: NDArray, scale: NDArray = ones(x.shape[x.ndim - 1])): NDArray {
    const out = x.div(scale);
    out.isub(out.mean());
    return out;
  },
};

const Report = {
  line(label: string, a: NDArray): string {
    return `${label}: ${JSON.stringify(a.tolist())}`;
  },
  ratio(part: NDArray, whole: NDArray): NDArray {
    return part.div(whole.sum());
  },
};

const morning = array([
  [0.1, 0.2, 0.9],
  [0.3, 0.1, 0.8],
]);
const evening = array([
  [0.6, 0.4, 0.2],
  [0.7, 0.5, 0.1],
  [0.9, 0.6, 0.3],
]);

// A fresh total per batch: the default array is created for each call.
const morningTotals = Streaming.accumulate(morning);
console.log(Report.line("morning totals", morningTotals));

// The day total is kept by the caller and should only reflect the whole day.
const dayTotals = zeros(3);
dayTotals.assign(":", morningTotals);
const eveningView = Streaming.accumulate(evening, dayTotals);
console.log(Report.line("evening + morning", eveningView));
console.log("share of day per channel:", Report.ratio(dayTotals, dayTotals).tolist());

const counts = zeros(4);
Streaming.histogramInto(morning, counts);
Streaming.histogramInto(evening, counts);
console.log(Report.line("histogram", counts));

const fineEdges = array([0, 0.5, 1.0]);
const coarse = zeros(2);
Streaming.histogramInto(evening, coarse, fineEdges);
console.log(Report.line("coarse histogram", coarse));

const channelWeights = array([3, 1, 1]);
console.log("uniform score:", Streaming.weightedScore(morningTotals).toFixed(3));
console.log("weighted score:", Streaming.weightedScore(morningTotals, channelWeights).toFixed(3));
console.log("weights unchanged:", channelWeights.tolist());

const centredMorning = Streaming.normalised(morning);
const centredEvening = Streaming.normalised(evening, array([1, 2, 4]));
console.log(Report.line("centred morning", centredMorning));
console.log(Report.line("centred evening", centredEvening));
console.log("evening raw total:", evening.sum().toFixed(2));

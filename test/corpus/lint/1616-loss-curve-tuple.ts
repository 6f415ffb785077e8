// Prepares the training and validation loss curves of a run for plotting and prints the final raw losses and the recent trend.
// runnable
import { array, NDArray } from "ndalias";

type CurvePair = readonly [train: NDArray, val: NDArray];

interface CurveSummary {
  readonly best: number;
  readonly bestEpoch: number;
  readonly last: number;
}

function summarise(curve: NDArray): CurveSummary {
  let bestEpoch = 0;
  for (let i = 1; i < curve.size; i++) {
    if (curve.get(i) < curve.get(bestEpoch)) bestEpoch = i;
  }
  return { best: curve.get(bestEpoch), bestEpoch, last: curve.get(curve.size - 1) };
}

function finalLosses(curves: CurvePair): readonly [number, number] {
  const [train, val] = curves;
  return [train.get(train.size - 1), val.get(val.size - 1)] as const;
}

function scaledForPlot(curves: CurvePair): CurvePair {
  const [train, val] = curves;
  const peak = Math.max(train.max(), val.max());
  return [train.div(peak), val.div(peak)] as const;
}

function generalisationGap(curves: CurvePair): number {
  const [train, val] = curves;
  return val.sub(train).mean();
}

function smoothed(curve: NDArray, alpha: number): NDArray {
  const out = curve.copy();
  for (let i = 1; i < out.size; i++) {
    out.set(i, alpha * out.get(i) + (1 - alpha) * out.get(i - 1));
  }
  return out;
}

function formatCurve(curve: NDArray): string {
  return (curve.tolist() as number[]).map((v) => v.toFixed(3)).join(" ");
}

const trainLoss = array([2.41, 1.63, 1.12, 0.94, 0.81, 0.77]);
const valLoss = array([2.58, 1.91, 1.52, 1.41, 1.39, 1.44]);
const curves: CurvePair = [trainLoss, valLoss];

const plotted = scaledForPlot(curves);
const [plotTrain, plotVal] = plotted;
console.log("plot train:", formatCurve(plotTrain));
console.log("plot val:  ", formatCurve(plotVal));

const smooth: CurvePair = [smoothed(trainLoss, 0.6), smoothed(valLoss, 0.6)];
smooth[1].imul(100);
console.log("smoothed val (x100):", formatCurve(smooth[1]));
console.log("gap before shifting:", generalisationGap(curves).toFixed(3));

const recentVal = valLoss.slice("-3:");
console.log("recent val mean:", recentVal.mean().toFixed(3));

// Shift the training curve so that it starts at zero for the overlay chart.
const [trainForOverlay] = curves;
trainForOverlay.isub(trainForOverlay.min()); // expect: no-alias-mutation
console.log("overlay train:", formatCurve(trainForOverlay));

// Express the validation curve relative to its first epoch for the same chart.
valLoss.idiv(valLoss.get(0)); // expect: no-view-mutation
console.log("relative val:", formatCurve(valLoss));

const trainSummary = summarise(trainLoss);
const [finalTrain, finalVal] = finalLosses(curves);
console.log(`best train loss ${trainSummary.best.toFixed(3)} at epoch ${trainSummary.bestEpoch}`);
console.log("final losses:", finalTrain.toFixed(3), finalVal.toFixed(3));

const trend = recentVal.get(2) - recentVal.get(0);
console.log("recent val trend:", trend >= 0 ? "rising" : "falling", trend.toFixed(3));
console.log("smoothed train:", formatCurve(smooth[0]));

// Records per-epoch metric curves, summarises them with method references and clears them through bound fill methods run by a scheduler.
import { zeros, NDArray } from "ndalias";

const EPOCHS = 6;
const lossCurve = zeros(EPOCHS);
const accuracyCurve = zeros(EPOCHS);

const clearLoss = lossCurve.fill.bind(lossCurve, 0);
const clearAccuracy = accuracyCurve.fill.bind(accuracyCurve, 0);

interface Summary {
  mean: number;
  best: number;
  last: number;
}

function summarize(curve: NDArray): Summary {
  return { mean: curve.mean(), best: curve.max(), last: curve.get(curve.size - 1) };
}

function zeroWarmup(curve: NDArray): void {
  curve.slice(":2").fill(0);
}

function schedule(tasks: Array<() => unknown>): number {
  let ran = 0;
  for (const task of tasks) {
    task();
    ran += 1;
  }
  return ran;
}

function simulateEpoch(epoch: number): [number, number] {
  const loss = 2.0 / (epoch + 1) + 0.05 * (epoch % 2);
  const accuracy = 1 - 0.5 / (epoch + 1);
  return [loss, accuracy];
}

function train(epochs: number): void {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const [loss, accuracy] = simulateEpoch(epoch);
    lossCurve.set(epoch, loss);
    accuracyCurve.set(epoch, accuracy);
  }
}

function plateauEpoch(curve: NDArray, tolerance: number): number {
  for (let epoch = 1; epoch < curve.size; epoch++) {
    if (Math.abs(curve.get(epoch) - curve.get(epoch - 1)) < tolerance) return epoch;
  }
  return -1;
}

train(EPOCHS);
console.log("loss plateau at epoch", plateauEpoch(lossCurve, 0.2), "accuracy plateau at", plateauEpoch(accuracyCurve, 0.05));
console.log("loss:", lossCurve.tolist());
console.log("accuracy:", accuracyCurve.tolist());

const curves = [lossCurve, accuracyCurve];
const summaries = curves.map(summarize);
const labels = ["loss", "accuracy"];
summaries.forEach((s, i) =>
  console.log(`${labels[i]}: mean=${s.mean.toFixed(3)} best=${s.best.toFixed(3)} last=${s.last.toFixed(3)}`),
);

curves.forEach(zeroWarmup);
console.log("loss without warm-up:", lossCurve.tolist());
console.log("accuracy without warm-up mean:", accuracyCurve.mean().toFixed(3));

const ran = schedule([clearLoss, clearAccuracy]);
console.log(`ran ${ran} reset tasks; loss total now`, lossCurve.sum());

train(3);
console.log("loss after a short rerun:", lossCurve.tolist());
console.log("accuracy after a short rerun:", accuracyCurve.tolist());

const lossSnapshot = lossCurve.copy();
lossSnapshot.imul(100);
console.log("loss x100:", lossSnapshot.tolist());

const reports = [lossCurve, accuracyCurve].map((c) => c.tolist.bind(c));
console.log("bound reports:", reports.map((r) => r()));

// Fits a linear model by gradient descent, emitting epoch events that a progress logger and an intercept tracker listen to.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface EpochReport {
  epoch: number;
  loss: number;
}

interface TrainingResult {
  reports: EpochReport[];
  interceptPath: number[];
  weights: number[];
}

function predict(weights: NDArray, features: NDArray): NDArray {
  const n = features.shape[0];
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    out.set(i, features.slice(i).mul(weights).sum());
  }
  return out;
}

function gradient(features: NDArray, residual: NDArray): NDArray {
  const grad = zeros(features.shape[1]);
  for (let i = 0; i < features.shape[0]; i++) {
    grad.iadd(features.slice(i).mul(residual.get(i)));
  }
  grad.imul(2 / features.shape[0]);
  return grad;
}

export function train(features: NDArray, targets: NDArray, epochs: number, rate: number): TrainingResult {
  const events = new EventEmitter();
  const weights = zeros(features.shape[1]);
  // the last column of the features is constant 1, so the last weight is the intercept
  const intercept = weights.slice("-1:");
  const reports: EpochReport[] = [];
  const interceptPath: number[] = [];

  events.on("epoch", (report: EpochReport) => {
    reports.push(report);
    interceptPath.push(intercept.get(0));
  });
  events.on("epoch", (report: EpochReport) => {
    if (report.epoch % 25 === 0) {
      console.log(`epoch ${report.epoch}: loss ${report.loss.toFixed(4)}`);
    }
  });
  events.once("converged", (epoch: number) => {
    console.log(`converged after ${epoch} epochs`);
  });

  for (let epoch = 0; epoch < epochs; epoch++) {
    const residual = predict(weights, features).sub(targets);
    const loss = residual.mul(residual).mean();
    const grad = gradient(features, residual);
    weights.isub(grad.mul(rate)); // expect: no-view-mutation
    events.emit("epoch", { epoch, loss });
    if (loss < 1e-6) {
      events.emit("converged", epoch);
      break;
    }
  }

  return { reports, interceptPath, weights: weights.tolist() as number[] };
}

const features = array([
  [0.0, 1.0, 1],
  [1.0, 0.5, 1],
  [2.0, 1.5, 1],
  [3.0, 0.0, 1],
  [4.0, 2.0, 1],
]);
const targets = array([3.0, 4.5, 8.5, 8.0, 13.0]);

const result = train(features, targets, 100, 0.05);
const last = result.reports[result.reports.length - 1];
console.log("final loss:", last ? last.loss.toFixed(5) : "n/a");
console.log("weights:", result.weights.map((w) => w.toFixed(3)).join(", "));
console.log("intercept path tail:", result.interceptPath.slice(-3).map((v) => v.toFixed(3)));

// Streaming mean and covariance of a sample matrix with Welford updates, checked against a two-pass computation.
import { array, zeros, NDArray } from "ndalias";

class RunningMoments {
  count = 0;
  mean: NDArray;
  m2: NDArray;
  constructor(readonly dim: number) {
    this.mean = zeros(dim);
    this.m2 = zeros([dim, dim]);
  }

  push(x: NDArray): void {
    this.count += 1;
    const delta = x.sub(this.mean);
    this.mean.iadd(delta.div(this.count));
    const delta2 = x.sub(this.mean);
    for (let i = 0; i < this.dim; i++) {
      for (let j = 0; j < this.dim; j++) {
        this.m2.set([i, j], this.m2.get(i, j) + delta.get(i) * delta2.get(j));
      }
    }
  }

  covariance(): NDArray {
    const c = this.m2.div(Math.max(this.count - 1, 1));
    for (let i = 0; i < this.dim; i++) {
      for (let j = 0; j < i; j++) {
        const avg = 0.5 * (c.get(i, j) + c.get(j, i));
        c.set([i, j], avg);
        c.set([j, i], avg);
      }
    }
    return c;
  }

  reset(): void {
    this.count = 0;
    this.mean.fill(0);
    this.m2.fill(0);
  }
}

function twoPassCovariance(X: NDArray): NDArray {
  const [n, d] = X.shape;
  const mu = zeros(d);
  for (let r = 0; r < n; r++) mu.iadd(X.slice(r));
  mu.idiv(n);
  const cov = zeros([d, d]);
  for (let r = 0; r < n; r++) {
    const centered = X.slice(r).sub(mu);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        cov.set([i, j], cov.get(i, j) + centered.get(i) * centered.get(j));
      }
    }
  }
  cov.idiv(n - 1);
  return cov;
}

function maxAbs(a: NDArray): number {
  return Math.max(a.max(), -a.min());
}

const X = array([
  [1.0, 2.0, 0.5],
  [1.5, 1.8, 0.7],
  [0.9, 2.4, 0.2],
  [1.2, 2.1, 0.9],
  [1.8, 1.5, 0.4],
  [1.1, 2.2, 0.6],
]);

const moments = new RunningMoments(3);
for (let r = 0; r < X.shape[0]; r++) {
  moments.push(X.slice(r));
}
const streamed = moments.covariance();
const reference = twoPassCovariance(X);
console.log("streamed covariance:", streamed.tolist());
console.log("agreement:", maxAbs(streamed.sub(reference)).toExponential(2));

const meanSnapshot = moments.mean.copy();
moments.reset();
console.log("mean before reset:", meanSnapshot.tolist(), "after:", moments.mean.tolist());

const weights = zeros(X.shape[0]);
weights.fill(1 / X.shape[0]);
const weightedMean = zeros(3);
for (let r = 0; r < X.shape[0]; r++) {
  weightedMean.iadd(X.slice(r).mul(weights.get(r)));
}
console.log("weighted mean:", weightedMean.tolist(), "sample rows:", X.shape[0]);

// Online mean/covariance tracker with private accumulators: ridge-conditioned covariance for a solver, Mahalanobis-style scores and a summary report.
// runnable
import { array, zeros, NDArray } from "ndalias";

class CovarianceTracker {
  #mean: NDArray;
  #scatter: NDArray;
  #count = 0;
  readonly #dim: number;

  constructor(dim: number) {
    this.#dim = dim;
    this.#mean = zeros(dim);
    this.#scatter = zeros([dim, dim]);
  }

  get count(): number {
    return this.#count;
  }

  get mean(): NDArray {
    return this.#mean.copy();
  }

  get covariance(): NDArray {
    if (this.#count < 2) {
      return zeros([this.#dim, this.#dim]);
    }
    return this.#scatter.div(this.#count - 1);
  }

  get variances(): NDArray {
    return this.covariance.diagonal().copy();
  }

  observe(x: NDArray): void {
    this.#count += 1;
    const delta = x.sub(this.#mean);
    this.#mean.iadd(delta.div(this.#count));
    const after = x.sub(this.#mean);
    for (let i = 0; i < this.#dim; i++) {
      for (let j = 0; j < this.#dim; j++) {
        const prev: number = this.#scatter.get(i, j);
        this.#scatter.set([i, j], prev + delta.get(i) * after.get(j));
      }
    }
  }

  #ridged(lambda: number): NDArray {
    const diagonal = this.#scatter.ravel().slice(`::${this.#dim + 1}`);
    diagonal.iadd(lambda); // expect: no-view-mutation
    return this.#scatter.div(this.#count - 1);
  }

  #ridgedCopy(lambda: number): NDArray {
    const cov = this.#scatter.div(Math.max(1, this.#count - 1));
    cov.ravel().slice(`::${this.#dim + 1}`).iadd(lambda);
    return cov;
  }

  conditioned(lambda: number, safe = false): NDArray {
    return safe ? this.#ridgedCopy(lambda) : this.#ridged(lambda);
  }

  #centredNorm(batch: NDArray): number {
    batch.isub(this.#mean); // expect: no-alias-mutation
    return Math.sqrt(batch.mul(batch).sum());
  }

  distance(x: NDArray): number {
    const d = x.sub(this.#mean);
    return Math.sqrt(d.mul(d).sum());
  }

  score(x: NDArray): number {
    return this.#centredNorm(x);
  }

  standardised(x: NDArray): NDArray {
    const z = x.sub(this.#mean);
    const sd = this.covariance.diagonal().copy();
    for (let i = 0; i < sd.size; i++) {
      sd.set(i, Math.sqrt(sd.get(i)) || 1);
    }
    z.idiv(sd);
    return z;
  }
}

const tracker = new CovarianceTracker(2);
for (const row of [[1, 2], [2, 3.5], [3, 3], [4, 5.5]]) {
  tracker.observe(array(row));
}
console.log("n =", tracker.count, "mean:", tracker.mean.tolist());
console.log("covariance:", tracker.covariance.tolist());
console.log("ridge (copy):", tracker.conditioned(0.5, true).tolist());
console.log("ridge (fast):", tracker.conditioned(0.5).tolist());
console.log("covariance again:", tracker.covariance.tolist());

const probe = array([2.5, 4]);
console.log("distance:", tracker.distance(probe).toFixed(3), "z:", tracker.standardised(probe).tolist());
console.log("score:", tracker.score(probe).toFixed(3));
console.log("probe after scoring:", probe.tolist());

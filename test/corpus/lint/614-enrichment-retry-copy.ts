// Retries a flaky feature-enrichment step on a working copy, restoring it from the untouched input after each failure, and rolls back a bad model update from a copied snapshot.
import { array, NDArray } from "ndalias";

class FlakyServiceError extends Error {}

let flakyCalls = 0;

function enrich(buffer: NDArray, factor: number): void {
  buffer.imul(factor);
  flakyCalls++;
  if (flakyCalls < 3) {
    throw new FlakyServiceError(`lookup service timed out (call ${flakyCalls})`);
  }
}

function enrichWithRetry(features: NDArray, factor: number, maxAttempts: number): NDArray {
  const work = features.copy();
  for (let attempt = 1; ; attempt++) {
    try {
      enrich(work, factor);
      return work;
    } catch (err) {
      if (!(err instanceof FlakyServiceError) || attempt >= maxAttempts) throw err;
      console.log(`attempt ${attempt} failed: ${err.message}; restoring the working copy`);
      work.assign(":", features);
    }
  }
}

const features = array([0.2, 1.4, 3.1, 0.7]);
const enriched = enrichWithRetry(features, 1.1, 5);
console.log("enriched:", enriched.tolist(), "input:", features.tolist());

const model = {
  weights: array([0.5, -0.25, 0.75]),
  version: 7,
};
const saved = model.weights.copy();
const update = array([0.1, 4.0, -0.2]);

model.weights.iadd(update);
if (model.weights.max() > 2) {
  console.log("update rejected, rolling back to version", model.version);
  model.weights.assign(":", saved);
} else {
  model.version++;
}

const deployed = model.weights;
console.log("deployed weights:", deployed.tolist(), "checksum:", deployed.sum());
console.log("snapshot kept for audit:", saved.tolist());

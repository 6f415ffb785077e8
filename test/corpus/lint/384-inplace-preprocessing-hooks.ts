// Spectroscopy preprocessing: in-place baseline removal and row normalisation hooks, registered on a pipeline and run per batch.
import { array, NDArray } from "ndalias";

type Hook = (batch: NDArray) => void;

class Preprocessor {
  private hooks: Hook[] = [];
  readonly log: string[] = [];
  onBatch(name: string, hook: Hook): this {
    this.hooks.push(hook);
    this.log.push(name);
    return this;
  }
  run(batch: NDArray): void {
    for (const hook of this.hooks) hook(batch);
  }
}

/** Subtracts each spectrum's minimum so the baseline sits at zero. Works in place. */
export function removeBaseline(spectra: NDArray): void {
  for (let r = 0; r < spectra.shape[0]; r++) {
    const row = spectra.slice(r);
    row.isub(row.min());
  }
}

/** Scales every spectrum to unit area, in place; all-zero rows are left alone. */
export function normaliseRows(spectra: NDArray): void {
  for (let r = 0; r < spectra.shape[0]; r++) {
    const row = spectra.slice(r);
    const area = row.sum();
    if (area === 0) continue;
    row.idiv(area);
  }
}

export function clampNegative(x: NDArray): void {
  const flat = x.ravel();
  for (let i = 0; i < flat.size; i++) {
    if (flat.get(i) < 0) flat.set(i, 0);
  }
}

const pipeline = new Preprocessor()
  .onBatch("baseline", removeBaseline)
  .onBatch("clamp", clampNegative)
  .onBatch("detector-gain", (b) => b.imul(1.25))
  .onBatch("normalise", normaliseRows);

const batches = [
  array([[3, 5, 9, 4], [2, 2, 6, 3]]),
  array([[1, 7, 2, 1], [0, 0, 0, 0]]),
];

batches.forEach((b) => pipeline.run(b));
batches.forEach((b) => b.slice(":", 0).fill(0));

for (const b of batches) {
  console.log("areas:", b.sum().toFixed(3), "first spectrum:", b.slice(0).tolist());
}
console.log("stages:", pipeline.log.join(" -> "));

// Batch measurement update for an indoor positioning filter: three beacon range pairs are de-biased, stacked and weighted.
import { array, zeros, NDArray } from "ndalias";

const beaconBias = array([[0.12, 0.10], [0.05, 0.07], [-0.03, 0.02]]);
const beaconWeight = array([1.0, 0.6, 0.8]);

function stackedResidual(z: NDArray, predicted: NDArray): NDArray {
  const r = z.sub(predicted).reshape(6);
  return r;
}

function weighted(r: NDArray): NDArray {
  const w = r.flatten();
  for (let k = 0; k < 3; k++) {
    w.slice(`${2 * k}:${2 * k + 2}`).imul(beaconWeight.get(k));
  }
  return w;
}

function cost(r: NDArray): number {
  const sq = r.mul(r);
  return sq.sum() / 2;
}

const rangesRaw = array([[4.32, 4.40], [6.11, 6.05], [3.02, 3.10]]);
const predicted = array([[4.20, 4.25], [6.00, 6.01], [3.05, 3.06]]);

const rawStack = rangesRaw.reshape(6);
console.log("raw stacked ranges:", rawStack.tolist(), "mean:", rawStack.mean().toFixed(3));
rangesRaw.isub(beaconBias);

const corrected = rangesRaw.ravel();
console.log("de-biased stacked ranges:", corrected.tolist());

const r = stackedResidual(rangesRaw, predicted);
const wr = weighted(r);
console.log("weighted residual:", wr.tolist(), "cost:", cost(wr).toFixed(4), "unweighted:", cost(r).toFixed(4));

const jacobianRow = zeros([6, 2]);
for (let i = 0; i < 6; i++) jacobianRow.set([i, i % 2], 1);
const flatJ = jacobianRow.reshape(12);
console.log("jacobian sparsity:", flatJ.sum() / flatJ.size);

let gridView = rangesRaw.reshape(2, 3);
gridView = gridView.copy();
gridView.imul(100);
console.log("ranges (cm) grid:", gridView.tolist(), "ranges (m):", rangesRaw.tolist());

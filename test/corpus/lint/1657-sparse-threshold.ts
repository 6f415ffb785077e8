// Prunes small weights of a dense layer into a sparse triplet form, compares two pruning levels and restores the pruned layer for a check.
import { array, zeros, NDArray } from "ndalias";

type Triplets = { rows: number[]; cols: number[]; vals: NDArray; shape: number[] };

function toTriplets(dense: NDArray, tol: number): Triplets {
  const [h, w] = dense.shape;
  const rows: number[] = [];
  const cols: number[] = [];
  const picked: number[] = [];
  for (let i = 0; i < h; i++) {
    const row = dense.slice(i);
    if (Math.max(row.max(), -row.min()) <= tol) {
      continue;
    }
    for (let j = 0; j < w; j++) {
      const v = row.get(j);
      if (Math.abs(v) <= tol) continue;
      rows.push(i);
      cols.push(j);
      picked.push(i * w + j);
    }
  }
  const vals = picked.length > 0 ? dense.take(picked) : zeros(0);
  return { rows, cols, vals, shape: [h, w] };
}

function fromTriplets(t: Triplets): NDArray {
  const out = zeros(t.shape);
  for (let k = 0; k < t.rows.length; k++) {
    out.set([t.rows[k], t.cols[k]], t.vals.get(k));
  }
  return out;
}

function pruneLayer(weights: NDArray, fraction: number): { pruned: NDArray; kept: number; tol: number } {
  const magnitudes = weights.flatten();
  for (let i = 0; i < magnitudes.size; i++) {
    magnitudes.data[i] = Math.abs(magnitudes.data[i] as number);
  }
  magnitudes.sort();
  const cut = Math.min(magnitudes.size - 1, Math.floor(fraction * magnitudes.size));
  const tol = magnitudes.get(cut);

  const pruned = weights.copy();
  let kept = 0;
  for (let i = 0; i < pruned.size; i++) {
    const v = pruned.data[i] as number;
    if (Math.abs(v) <= tol) {
      pruned.data[i] = 0;
    } else {
      kept++;
    }
  }
  if (kept === 0) {
    return { pruned: weights.copy(), kept: weights.size, tol: 0 };
  }

  const trip = toTriplets(pruned, tol);
  trip.vals.imul(1 / (1 - fraction));
  const rescaled = fromTriplets(trip);
  const check = rescaled.sub(pruned.mul(1 / (1 - fraction)));
  if (Math.max(check.max(), -check.min()) > 1e-9) {
    console.log("round trip mismatch");
  }
  return { pruned: rescaled, kept, tol };
}

const layer = array([
  [0.8, -0.02, 0.15, -0.6],
  [0.01, 0.03, -0.04, 0.02],
  [-0.3, 0.5, 0.05, 0.9],
]);

const light = pruneLayer(layer, 0.25);
const heavy = pruneLayer(layer, 0.6);
const strict = light.kept > heavy.kept ? heavy.pruned.copy() : light.pruned.copy();
strict.imul(0.5);
console.log("light kept:", light.kept, "heavy kept:", heavy.kept, "strict half:", strict.tolist());

let [a, b] = [light.pruned, heavy.pruned];
if (a.sum() < b.sum()) {
  [a, b] = [b, a];
}
const gap = a.sub(b);
gap.imul(gap);
console.log("squared gap:", gap.sum().toFixed(4), "larger sum:", a.sum().toFixed(3));

layer.data[5] = 0;
const secondRow = layer.slice(1);
console.log("second row with a zeroed entry:", secondRow.tolist());
console.log("triplets of the layer:", toTriplets(layer, 0.1).vals.tolist());

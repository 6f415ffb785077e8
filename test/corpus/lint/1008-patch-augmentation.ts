// Builds an augmented batch of 3x3 training patches: horizontal flips, cutout, salt noise, per-patch standardisation and a summary.
// runnable
import { array, zeros, NDArray } from "ndalias";

const batch = array([
  [
    [0.1, 0.5, 0.9],
    [0.2, 0.6, 0.8],
    [0.1, 0.4, 0.7],
  ],
  [
    [0.9, 0.9, 0.8],
    [0.7, 1.0, 0.6],
    [0.2, 0.3, 0.1],
  ],
  [
    [0.3, 0.8, 0.3],
    [0.8, 1.0, 0.8],
    [0.3, 0.8, 0.3],
  ],
  [
    [0.0, 0.1, 0.0],
    [0.1, 0.2, 0.1],
    [0.6, 0.7, 0.9],
  ],
]);
const labels = [0, 1, 1, 0];
const SALT = [4, 13, 22, 31];

// out[i] = x[i, :, ::-1] for odd i, x[i] otherwise
function flipHorizontalInto(src: NDArray, out: NDArray): void {
  for (let i = 0; i < src.shape[0]; i++) {
    const patch = i % 2 === 1 ? src.slice(i).flip(1) : src.slice(i);
    out.assign(`${i}`, patch);
  }
}

// (x - x.mean(axis=(1, 2), keepdims=True)) / x.std(axis=(1, 2), keepdims=True)
function standardizePerPatch(x: NDArray): NDArray {
  const z = x.copy();
  for (let i = 0; i < z.shape[0]; i++) {
    const m = z.slice(i).mean();
    const centred = z.slice(i).sub(m);
    const sd = Math.sqrt(centred.mul(centred).mean()) || 1;
    z.slice(i).isub(m);
    z.slice(i).idiv(sd);
  }
  return z;
}

function classBalance(ys: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const y of ys) counts[y] = (counts[y] ?? 0) + 1;
  return counts;
}

// the augmented batch gets its own buffer so the raw patches stay available for the report
const augmented = zeros(batch.shape);
flipHorizontalInto(batch, augmented);
console.log("flipped patch 1, row 0:", augmented.slice(1, 0).tolist());

// cutout on the positive class: x[pos][..., 1, 1] = 0
const positives = labels.flatMap((label, i) => (label === 1 ? [i] : []));
augmented.take(positives, 0).assign("..., 1, 1", 0); // expect: no-lost-write

// salt noise at fixed flat positions: x.flatten()[SALT] = 1
const noisy = augmented.flatten();
for (const k of SALT) noisy.set(k, 1); // expect: no-lost-write

const standardized = standardizePerPatch(augmented);
for (let i = 0; i < standardized.shape[0]; i++) {
  const patch = standardized.slice(i);
  console.log(
    `patch ${i} (label ${labels[i]}): centre ${patch.get(1, 1).toFixed(3)}, ` +
      `min ${patch.min().toFixed(3)}, max ${patch.max().toFixed(3)}`,
  );
}
const balance = classBalance(labels);
console.log("class balance:", balance);
console.log("positive fraction:", (balance[1] ?? 0) / labels.length);
console.log("raw batch mean:", batch.mean().toFixed(3), "augmented mean:", augmented.mean().toFixed(3));

// Embedding preprocessing: in-place helpers unit-normalise, clip and re-centre user and item matrices before candidate generation.
import { array, NDArray } from "ndalias";

/** Scales every row of `matrix` to unit L2 norm. Mutates its argument. */
function normalizeRowsInPlace(matrix: NDArray): void {
  for (let i = 0; i < matrix.shape[0]; i++) {
    const row = matrix.slice(i);
    const norm = Math.sqrt(row.mul(row).sum());
    if (norm > 0) row.idiv(norm);
  }
}

/** Clamps every score into [lo, hi]. Mutates its argument. */
function clipInPlace(scores: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < scores.size; i++) {
    const v = scores.data[i] as number;
    scores.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

/** Subtracts the column means so that every latent factor is centred. */
function centerColumnsInPlace(matrix: NDArray): void {
  const cols = matrix.T;
  for (let j = 0; j < cols.shape[0]; j++) {
    const col = cols.slice(j);
    col.isub(col.mean());
  }
}

/** Zeroes the embedding rows of users who opted out of personalisation. */
function maskRowsInPlace(matrix: NDArray, rows: number[]): void {
  rows.forEach((r) => matrix.slice(r).fill(0));
}

function scoreAll(users: NDArray, items: NDArray): number[][] {
  const out: number[][] = [];
  for (let u = 0; u < users.shape[0]; u++) {
    const userVec = users.slice(u);
    const row: number[] = [];
    for (let j = 0; j < items.shape[0]; j++) {
      row.push(userVec.mul(items.slice(j)).sum());
    }
    out.push(row);
  }
  return out;
}

function bestItemPerUser(scores: number[][]): number[] {
  return scores.map((row) => row.indexOf(Math.max(...row)));
}

const userFactors = array([
  [3.0, 4.0, 0.0],
  [1.0, 1.0, 1.0],
  [0.0, 2.0, 2.0],
  [5.0, 0.0, 5.0],
]);
const itemFactors = array([
  [1.0, 0.0, 0.0],
  [0.0, 1.0, 0.0],
  [0.0, 0.0, 1.0],
  [1.0, 1.0, 0.0],
  [0.5, 0.5, 0.5],
]);
const optedOut = [2];

centerColumnsInPlace(itemFactors);
normalizeRowsInPlace(userFactors);
normalizeRowsInPlace(itemFactors);
maskRowsInPlace(userFactors, optedOut);

const rawScores = scoreAll(userFactors, itemFactors);
const scoreTable = array(rawScores);
clipInPlace(scoreTable, -0.5, 1.0);

const perUserBatches: NDArray[] = [
  array([0.9, 1.7, -2.0]),
  array([0.2, 0.4, 0.6]),
];
perUserBatches.forEach((batch) => clipInPlace(batch, 0, 1));
perUserBatches.forEach((batch) => batch.imul(100));

const best = bestItemPerUser(rawScores);
for (let u = 0; u < best.length; u++) {
  const label = optedOut.includes(u) ? "(opted out)" : `item ${best[u]}`;
  console.log(`user ${u}: ${label}`);
}
console.log("clipped score table:", scoreTable.tolist());
console.log("user factors:", userFactors.tolist());
console.log("item factors:", itemFactors.tolist());
console.log("batches (%):", perUserBatches.map((b) => b.tolist()));

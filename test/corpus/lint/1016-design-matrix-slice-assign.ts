// Builds a polynomial design matrix, pads and masks a batch of sequences and prepares a box-blur kernel, all with a[...] = v style writes.
import { array, zeros, ones, empty, linspace, NDArray } from "ndalias";

// np.vander(x, degree + 1, increasing=True)
function designMatrix(x: NDArray, degree: number): NDArray {
  const X = empty([x.size, degree + 1]);
  X.slice(":", 0).fill(1);
  for (let p = 1; p <= degree; p++) {
    X.slice(":", p).assign(":", X.slice(":", p - 1).mul(x));
  }
  return X;
}

// batch[i, length:] = 0 for every sequence
function maskPadding(batch: NDArray, lengths: number[]): void {
  for (let i = 0; i < lengths.length; i++) {
    batch.slice(i, `${lengths[i]}:`).fill(0);
  }
}

function paddedBatch(seqs: number[][], maxLen: number): NDArray {
  const out = zeros([seqs.length, maxLen]);
  seqs.forEach((seq, i) => {
    for (let t = 0; t < Math.min(seq.length, maxLen); t++) out.set([i, t], seq[t]);
  });
  return out;
}

function boxKernel(size: number): NDArray {
  const k = ones([size, size]);
  // zero the border: k[0] = k[-1] = k[:, 0] = k[:, -1] = 0
  k.slice(0).fill(0);
  k.slice(-1).fill(0);
  k.slice(":", 0).fill(0);
  k.slice(":", -1).fill(0);
  // k[1:-1, 1:-1] *= 2, then normalise
  k.slice("1:-1", "1:-1").imul(2);
  k.idiv(k.sum());
  return k;
}

function normalEquationsDiag(X: NDArray): number[] {
  const d = X.shape[1];
  const diag: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = X.slice(":", j);
    diag.push(col.mul(col).sum());
  }
  return diag;
}

// 1. cubic features on [0, 1]
const x = linspace(0, 1, 6);
const V = designMatrix(x, 3);
console.log("design matrix:", V.tolist());
console.log("diag(X^T X):", normalEquationsDiag(V).map((v) => v.toFixed(3)));

// 2. a padded batch of token scores, with the padding masked to zero
const seqs = [[0.4, 0.9, 0.1], [0.7, 0.2, 0.5, 0.8, 0.3], [0.6]];
const lengths = seqs.map((s) => s.length);
const scores = paddedBatch(seqs, 5);
scores.iadd(0.1);
maskPadding(scores, lengths);
console.log("masked scores:", scores.tolist());
console.log("per-sequence mean:", lengths.map((n, i) => (scores.slice(i).sum() / n).toFixed(3)));

// 3. a 5x5 kernel and a per-channel template broadcast over rows
const kernel = boxKernel(5);
console.log("kernel centre weight:", kernel.get(2, 2).toFixed(4), "sum:", kernel.sum().toFixed(4));

const template = empty([4, 3]);
template.assign(":", array([0.485, 0.456, 0.406]));
template.slice("2:").imul(0.5);
template.T.slice(0).iadd(0.01);
console.log("channel template:", template.tolist());

// 4. a grid whose first column and last row are boundary conditions
const grid = zeros([4, 4]);
grid.T.slice(0).fill(1);
grid.slice(-1).fill(-1);
grid.slice("1:-1", "1:-1").assign("...", 0.5);
console.log("grid:", grid.tolist(), "boundary sum:", grid.slice(":", 0).sum());

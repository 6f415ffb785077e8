// AdamW training of a tiny embedding table plus classifier weights, with a frozen padding row and a learning-rate decay.
import { array, zeros, NDArray } from "ndalias";

class AdamW {
  private m: NDArray;
  private v: NDArray;
  private t = 0;
  lr: number;

  constructor(shape: number[], lr: number, private readonly wd: number) {
    this.m = zeros(shape);
    this.v = zeros(shape);
    this.lr = lr;
  }

  /** Updates params in place from grad. */
  step(params: NDArray, grad: NDArray): void {
    this.t += 1;
    this.m.imul(0.9);
    this.m.iadd(grad.mul(0.1));
    this.v.imul(0.999);
    this.v.iadd(grad.mul(grad).mul(0.001));
    const mHat = this.m.div(1 - 0.9 ** this.t);
    const vHat = this.v.div(1 - 0.999 ** this.t);
    const denom = vHat.copy();
    for (let i = 0; i < denom.size; i++) denom.data[i] = Math.sqrt(denom.data[i] as number) + 1e-8;
    params.imul(1 - this.lr * this.wd);
    params.isub(mHat.div(denom).mul(this.lr));
  }

  resetMoments(): void {
    this.m.fill(0);
    this.v.fill(0);
  }
}

// Gradient of the squared distance between each used embedding row and its target.
function embeddingGrad(table: NDArray, tokens: number[], targets: NDArray): NDArray {
  const grad = zeros(table.shape);
  tokens.forEach((tok, i) => {
    for (let j = 0; j < table.shape[1]; j++) {
      const diff = table.get(tok, j) - targets.get(i, j);
      grad.set([tok, j], grad.get(tok, j) + 2 * diff);
    }
  });
  return grad;
}

const PAD = 0;
const embeddings = array([
  [0.0, 0.0, 0.0],
  [0.3, -0.1, 0.5],
  [-0.4, 0.2, 0.1],
  [0.2, 0.6, -0.3],
]);
const tokens = [1, 2, 3, 1];
const targets = array([
  [1.0, 0.0, 0.0],
  [0.0, 1.0, 0.0],
  [0.0, 0.0, 1.0],
  [1.0, 0.0, 0.0],
]);

const optimizer = new AdamW([4, 3], 0.05, 0.01);
const lossLog: number[] = [];

for (let epoch = 0; epoch < 30; epoch++) {
  const grad = embeddingGrad(embeddings, tokens, targets);
  // The padding row never trains: clear its gradient before the step.
  grad.slice(PAD).fill(0);
  optimizer.step(embeddings, grad);
  // Weight decay must not move the padding row either.
  embeddings.slice(PAD).fill(0);

  lossLog.push(grad.mul(grad).sum());
  if (epoch === 19) {
    optimizer.lr *= 0.3;
    optimizer.resetMoments();
  }
}

// Normalise each trained row to unit length through the table's own name.
for (let r = 1; r < embeddings.shape[0]; r++) {
  let sq = 0;
  for (let c = 0; c < embeddings.shape[1]; c++) sq += embeddings.get(r, c) ** 2;
  const inv = 1 / Math.sqrt(sq);
  for (let c = 0; c < embeddings.shape[1]; c++) embeddings.set([r, c], embeddings.get(r, c) * inv);
}

// Classifier weights start from a copy of the trained rows, then are sharpened; a separate array.
const classifier = embeddings.slice("1:").copy();
classifier.imul(2);
const logits = zeros(3);
for (let t = 0; t < 3; t++) logits.set(t, classifier.slice(t).mul(targets.slice(t)).sum());

console.log("loss first/last:", lossLog[0].toFixed(4), lossLog[lossLog.length - 1].toFixed(4));
console.log("embeddings:", embeddings.tolist());
console.log("logits:", logits.tolist(), "classifier max:", classifier.max().toFixed(3));

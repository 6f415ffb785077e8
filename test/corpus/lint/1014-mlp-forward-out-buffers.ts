// Two-layer MLP forward pass written NumPy-style with preallocated buffers: matmul, bias, ReLU and softmax all write into their out argument.
import { array, zeros, empty, NDArray } from "ndalias";

interface Layer {
  W: NDArray;
  b: NDArray;
}

interface Workspace {
  hidden: NDArray;
  logits: NDArray;
}

// np.matmul(A, B, out=out)
function matmulInto(A: NDArray, B: NDArray, out: NDArray): void {
  const [n, k] = A.shape;
  const m = B.shape[1];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A.get(i, p) * B.get(p, j);
      out.set([i, j], s);
    }
  }
}

// Z += b, broadcast over rows
function addBiasInPlace(Z: NDArray, b: NDArray): void {
  Z.iadd(b);
}

// np.maximum(Z, 0, out=Z)
function reluInPlace(Z: NDArray): void {
  for (let i = 0; i < Z.size; i++) {
    if ((Z.data[i] as number) < 0) Z.data[i] = 0;
  }
}

function softmaxRowsInPlace(Z: NDArray): void {
  for (let i = 0; i < Z.shape[0]; i++) {
    const row = Z.slice(i);
    row.isub(row.max());
    for (let j = 0; j < row.size; j++) row.set(j, Math.exp(row.get(j)));
    row.idiv(row.sum());
  }
}

function forward(X: NDArray, l1: Layer, l2: Layer, ws: Workspace): void {
  matmulInto(X, l1.W, ws.hidden);
  addBiasInPlace(ws.hidden, l1.b);
  reluInPlace(ws.hidden);
  matmulInto(ws.hidden, l2.W, ws.logits);
  addBiasInPlace(ws.logits, l2.b);
  softmaxRowsInPlace(ws.logits);
}

function resetWorkspace(ws: Workspace): void {
  ws.hidden.fill(0);
  ws.logits.fill(0);
}

// convenience wrapper that allocates its own output
function matmul(A: NDArray, B: NDArray): NDArray {
  const out = zeros([A.shape[0], B.shape[1]]);
  matmulInto(A, B, out);
  return out;
}

function argmaxRows(P: NDArray): number[] {
  const result: number[] = [];
  for (let i = 0; i < P.shape[0]; i++) {
    const row = P.slice(i);
    let best = 0;
    for (let j = 1; j < row.size; j++) if (row.get(j) > row.get(best)) best = j;
    result.push(best);
  }
  return result;
}

const layer1: Layer = {
  W: array([[0.5, -0.3, 0.8, 0.1], [-0.6, 0.9, 0.2, -0.4], [0.3, 0.3, -0.7, 0.6]]),
  b: array([0.1, 0.0, -0.1, 0.05]),
};
const layer2: Layer = {
  W: array([[1.2, -0.8], [-0.5, 1.1], [0.9, 0.2], [-0.3, 0.7]]),
  b: array([0.0, 0.1]),
};

const X = array([[0.2, 0.7, 0.1], [0.9, 0.1, 0.4], [0.5, 0.5, 0.5], [0.0, 0.3, 0.9]]);
const ws: Workspace = { hidden: empty([X.shape[0], 4]), logits: empty([X.shape[0], 2]) };

forward(X, layer1, layer2, ws);
console.log("class probabilities:", ws.logits.tolist());
console.log("predicted classes:", argmaxRows(ws.logits));
console.log("active hidden units:", (ws.hidden.tolist() as number[][]).flat().filter((v) => v > 0).length);

// a second mini-batch reuses the same workspace
resetWorkspace(ws);
const X2 = array([[0.6, 0.2, 0.8], [0.1, 0.9, 0.3], [0.4, 0.4, 0.1], [0.8, 0.8, 0.8]]);
forward(X2, layer1, layer2, ws);
console.log("second batch predictions:", argmaxRows(ws.logits));

// sanity check of the pre-activations against the allocating matmul
const preact = matmul(X2, layer1.W);
console.log("pre-activation row sums:", [0, 1, 2, 3].map((i) => preact.slice(i).sum().toFixed(3)));

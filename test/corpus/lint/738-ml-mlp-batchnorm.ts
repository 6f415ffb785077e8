// Forward pass of a small binary classifier: input scaling, dense layers, batch normalisation with running statistics, ReLU and metrics.
import { zeros, ones, array, NDArray } from "ndalias";

interface Layer {
  readonly name: string;
  forward(x: NDArray, training: boolean): NDArray;
}

function columnMeans(x: NDArray): NDArray {
  const cols = x.shape[1];
  const out = zeros(cols);
  for (let j = 0; j < cols; j++) out.set(j, x.slice(":", j).mean());
  return out;
}

function columnVars(x: NDArray, means: NDArray): NDArray {
  const cols = x.shape[1];
  const out = zeros(cols);
  for (let j = 0; j < cols; j++) {
    const d = x.slice(":", j).sub(means.get(j));
    out.set(j, d.mul(d).mean());
  }
  return out;
}

function sqrtEps(v: NDArray, eps: number): NDArray {
  const out = v.add(eps);
  for (let i = 0; i < out.size; i++) out.set(i, Math.sqrt(out.get(i)));
  return out;
}

function standardizeFeatures(batch: NDArray, mean: NDArray, std: NDArray): NDArray {
  const rows = batch.reshape(batch.shape[0], batch.size / batch.shape[0]);
  rows.isub(mean); // expect: no-view-mutation
  return rows.div(std);
}

class MinMaxScaler {
  private lo: NDArray | null = null;
  private span: NDArray | null = null;

  fit(x: NDArray): this {
    const cols = x.shape[1];
    this.lo = zeros(cols);
    this.span = zeros(cols);
    for (let j = 0; j < cols; j++) {
      const col = x.slice(":", j);
      this.lo.set(j, col.min());
      this.span.set(j, Math.max(1e-9, col.max() - col.min()));
    }
    return this;
  }

  transform(x: NDArray): NDArray {
    if (!this.lo || !this.span) throw new Error("MinMaxScaler.transform called before fit");
    return x.sub(this.lo).div(this.span);
  }
}

class Dense implements Layer {
  readonly weights: NDArray;
  readonly bias: NDArray;

  constructor(readonly name: string, inputs: number, outputs: number, seed: number) {
    this.weights = zeros([inputs, outputs]);
    for (let i = 0; i < this.weights.size; i++) {
      this.weights.data[i] = 0.4 * Math.sin(seed * (i + 3));
    }
    this.bias = zeros(outputs);
  }

  forward(x: NDArray): NDArray {
    const rows = x.shape[0];
    const outputs = this.bias.size;
    const out = zeros([rows, outputs]);
    for (let i = 0; i < rows; i++) {
      for (let k = 0; k < outputs; k++) {
        out.set([i, k], x.slice(i).mul(this.weights.slice(":", k)).sum() + this.bias.get(k));
      }
    }
    return out;
  }
}

class ReLU implements Layer {
  readonly name = "relu";

  forward(x: NDArray): NDArray {
    const y = x;
    for (let i = 0; i < y.size; i++) {
      if ((y.data[i] as number) < 0) y.data[i] = 0; // expect: no-alias-mutation
    }
    return y;
  }
}

class BatchNorm implements Layer {
  readonly runningMean: NDArray;
  readonly runningVar: NDArray;
  readonly gamma: NDArray;
  readonly beta: NDArray;

  constructor(readonly name: string, features: number, private readonly momentum: number) {
    this.runningMean = zeros(features);
    this.runningVar = ones(features);
    this.gamma = ones(features);
    this.beta = zeros(features);
  }

  private updateRunning(mean: NDArray, variance: NDArray): void {
    this.runningMean.imul(1 - this.momentum);
    this.runningMean.iadd(mean.mul(this.momentum));
    this.runningVar.imul(1 - this.momentum);
    this.runningVar.iadd(variance.mul(this.momentum));
  }

  private normalize(x: NDArray, mean: NDArray, variance: NDArray): NDArray {
    const normalized = standardizeFeatures(x, mean, sqrtEps(variance, 1e-5));
    return normalized.mul(this.gamma).add(this.beta);
  }

  forward(x: NDArray, training: boolean): NDArray {
    if (training) {
      const mean = columnMeans(x);
      const variance = columnVars(x, mean);
      this.updateRunning(mean, variance);
      return this.normalize(x, mean, variance);
    }
    return this.normalize(x, this.runningMean, this.runningVar);
  }
}

class Sequential {
  constructor(readonly layers: Layer[]) {}

  forward(x: NDArray, training: boolean): NDArray {
    let h = x;
    for (const layer of this.layers) h = layer.forward(h, training);
    return h;
  }

  describe(): string {
    return this.layers.map((l) => l.name).join(" -> ");
  }
}

function sigmoid(z: NDArray): NDArray {
  const out = z.mul(-1);
  for (let i = 0; i < out.size; i++) out.set(i, 1 / (1 + Math.exp(out.get(i))));
  return out;
}

function binaryCrossEntropy(p: NDArray, y: NDArray): number {
  let total = 0;
  for (let i = 0; i < p.size; i++) {
    const pi = Math.min(1 - 1e-7, Math.max(1e-7, p.get(i)));
    total -= y.get(i) * Math.log(pi) + (1 - y.get(i)) * Math.log(1 - pi);
  }
  return total / p.size;
}

function accuracy(p: NDArray, y: NDArray): number {
  let hits = 0;
  for (let i = 0; i < p.size; i++) if ((p.get(i) >= 0.5 ? 1 : 0) === y.get(i)) hits++;
  return hits / p.size;
}

const rawFeatures = array([
  [5.1, 3.5, 1.4, 0.2],
  [4.9, 3.0, 1.4, 0.2],
  [6.3, 3.3, 6.0, 2.5],
  [5.8, 2.7, 5.1, 1.9],
  [5.0, 3.6, 1.4, 0.2],
  [6.5, 3.0, 5.8, 2.2],
]);
const labels = array([0, 0, 1, 1, 0, 1]);

const scaler = new MinMaxScaler().fit(rawFeatures);
const inputs = scaler.transform(rawFeatures);
const model = new Sequential([
  new Dense("hidden", 4, 3, 1.1),
  new BatchNorm("bn", 3, 0.1),
  new ReLU(),
  new Dense("head", 3, 1, 2.3),
]);

for (let epoch = 0; epoch < 3; epoch++) {
  const logits = model.forward(inputs, true);
  const probs = sigmoid(logits.reshape(logits.size));
  console.log(`pass ${epoch}: bce=${binaryCrossEntropy(probs, labels).toFixed(4)}`);
}
const evalProbs = sigmoid(model.forward(inputs, false).reshape(labels.size));
console.log(model.describe());
console.log("eval accuracy:", accuracy(evalProbs, labels));
console.log("scaled inputs unchanged:", inputs.tolist());

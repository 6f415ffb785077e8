// A streaming standard scaler: fit on a training table, transform copies, and in-place hooks fed by an event bus.
import { EventEmitter } from "node:events";
import { array, zeros, ones, empty, NDArray } from "ndalias";

const createScaler = (features: number) => {
  const mean = zeros(features);
  const scale = ones(features);
  let fitted = false;

  return {
    fit: (X: NDArray): void => {
      for (let j = 0; j < features; j++) {
        const col = X.slice(":", j);
        const mu = col.mean();
        const sd = Math.sqrt(col.sub(mu).mul(col.sub(mu)).mean());
        mean.set(j, mu);
        scale.set(j, sd > 1e-12 ? sd : 1);
      }
      fitted = true;
    },
    transform: (X: NDArray) => {
      if (!fitted) throw new Error("scaler used before fit");
      const out = X.copy();
      for (let i = 0; i < out.shape[0]; i++) {
        out.slice(i).isub(mean);
        out.slice(i).idiv(scale);
      }
      return out;
    },
    // writes the row it is given, on purpose: used by the streaming hook below
    transformRowInPlace: (row: NDArray): void => {
      row.isub(mean);
      row.idiv(scale);
    },
    params: () => ({ mean: mean.tolist(), scale: scale.tolist() }),
  };
};

const train = array([
  [5.1, 3.5, 1.4],
  [4.9, 3.0, 1.4],
  [6.2, 2.9, 4.3],
  [5.9, 3.0, 5.1],
  [6.7, 3.1, 4.4],
]);

const scaler = createScaler(3);
scaler.fit(train);
console.log("params:", scaler.params());

const trainScaled = scaler.transform(train);
console.log("train column means after scaling:", [0, 1, 2].map((j) => trainScaled.slice(":", j).mean().toFixed(3)));
console.log("raw train untouched:", train.slice(0).tolist());

// the module-level model object is updated through its own path
const model = {
  coef: array([0.4, -0.2, 0.9]),
  bias: 0.1,
};
model.coef.imul(1.5);
const score = (row: NDArray) => row.mul(model.coef).sum() + model.bias;
console.log("score of first scaled row:", score(trainScaled.slice(0)).toFixed(3));

// streaming rows arrive on a bus; the handler standardises the row it receives
const bus = new EventEmitter();
const scores: number[] = [];
bus.on("row", (row: NDArray) => {
  scaler.transformRowInPlace(row);
  scores.push(score(row));
});
bus.on("row", (row: NDArray) => {
  row.imul(0.5);
});

const incoming = [array([5.0, 3.4, 1.5]), array([6.4, 3.2, 4.5]), array([6.3, 3.3, 6.0])];
incoming.forEach((r) => bus.emit("row", r));
console.log("streamed scores:", scores.map((s) => s.toFixed(3)).join(" "));
console.log("incoming after hooks:", incoming.map((r) => r.tolist()));

// a batch registry in an object-dtype array: it holds the row arrays, never itself
const registry = empty(incoming.length + 1, "object");
incoming.forEach((r, i) => registry.set(i, r));
registry.set(incoming.length, trainScaled);
console.log("registry slots:", registry.size);

// two separate accumulators that never share memory
const sumSq = zeros(3);
const counts = zeros(3);
incoming.forEach((r) => {
  sumSq.iadd(r.mul(r));
  counts.iadd(1);
});
const rms = sumSq.div(counts);
console.log("per-feature rms^2:", rms.tolist(), "counts:", counts.tolist());

// Feature encoding for a frame: train/test row split, scaling fitted on the training rows, rank features and an int8 bucket code.
import { array, NDArray } from "ndalias";

type Encoding = "minmax" | "zscore";

interface Split {
  readonly train: NDArray;
  readonly test: NDArray;
}

function encode(col: NDArray, kind: "minmax"): NDArray;
function encode(col: NDArray, kind: "zscore", ddof?: number): NDArray;
function encode(col: NDArray, kind: Encoding, ddof = 0): NDArray {
  const out = col.astype("float64");
  if (kind === "minmax") {
    out.isub(out.min());
    out.idiv(out.max() || 1);
  } else {
    const mu = out.mean();
    const ss = out.sub(mu).mul(out.sub(mu)).sum();
    out.isub(mu);
    out.idiv(Math.sqrt(ss / (out.size - ddof)) || 1);
  }
  return out;
}

function split(rows: NDArray, testEvery: number): Split {
  const trainIdx: number[] = [];
  const testIdx: number[] = [];
  for (let i = 0; i < rows.shape[0]; i++) (i % testEvery === 0 ? testIdx : trainIdx).push(i);
  return { train: rows.take(trainIdx, 0), test: rows.take(testIdx, 0) };
}

function ranks(col: NDArray): NDArray {
  const order = col.flatten();
  order.sort();
  const r = col.copy();
  for (let i = 0; i < col.size; i++) {
    let k = 0;
    while (order.get(k) < col.get(i)) k++;
    r.set(i, k);
  }
  return r;
}

const data = array([
  [3.0, 120],
  [4.5, 95],
  [2.0, 180],
  [5.5, 60],
  [3.5, 110],
  [6.0, 40],
]);

const { train, test } = split(data, 3);
const mu = train.slice(":", 0).mean();
train.assign(":, 0", train.slice(":", 0).sub(mu));
const testShifted = test.slice(":", 0).sub(mu);
testShifted.imul(-1);

const buckets = encode(data.slice(":", 1), "minmax").mul(4);
buckets.iadd(0.5);
const codes = buckets.astype("int8");

console.log("train:", train.tolist(), "test (negated shift):", testShifted.tolist());
console.log("zscore price:", encode(data.slice(":", 0), "zscore", 1).tolist());
console.log("ranks:", ranks(data.slice(":", 1)).tolist(), "codes:", codes.tolist());
console.log("data kept:", data.sum());

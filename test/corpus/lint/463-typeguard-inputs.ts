// Turns mixed user inputs (arrays, plain lists, scalars, nothing) into probability vectors and prints them beside the inputs.
import { array, full, NDArray } from "ndalias";

type Input = NDArray | number[] | number | null;

function toOwnedArray(x: Input, width = 3): NDArray {
  if (x instanceof NDArray) return x.astype("float64");
  if (Array.isArray(x)) return array(x);
  return full(width, typeof x === "number" ? x : 1);
}

function normalise(x: Input, width?: number): NDArray {
  const p = toOwnedArray(x, width);
  p.idiv(p.sum());
  return p;
}

function isProbability(v: unknown): v is NDArray {
  return v instanceof NDArray && Math.abs(v.sum() - 1) < 1e-9;
}

function softmax<T extends NDArray>(logits: T, temperature = 1): NDArray {
  const shifted = logits.sub(logits.max());
  shifted.idiv(temperature);
  for (let i = 0; i < shifted.size; i++) {
    shifted.set(i, Math.exp(shifted.get(i)));
  }
  return shifted.div(shifted.sum());
}

function show(v: Input): string {
  if (v === null) return "null";
  if (typeof v === "number") return `scalar ${v}`;
  return v instanceof NDArray ? `array ${JSON.stringify(v.tolist())}` : `list ${JSON.stringify(v)}`;
}

const inputs: Record<string, Input> = {
  counts: array([2, 3, 5]),
  list: [1, 1, 2],
  flat: 4,
  missing: null,
};

const normalised: Record<string, NDArray> = {};
for (const [name, value] of Object.entries(inputs)) {
  normalised[name] = normalise(value);
}
for (const [name, p] of Object.entries(normalised)) {
  console.log(name, p.tolist(), isProbability(p) ? "ok" : "not normalised");
}

const counts = inputs.counts;
if (counts instanceof NDArray) {
  const smoothed = counts.add(1);
  smoothed.idiv(smoothed.sum());
  console.log("laplace-smoothed:", smoothed.tolist(), "softmax:", softmax(counts, 2).tolist());
}

const left = array([1, 2, 3]);
const right = array([0.5, 0.5, 0.5]);
left.iadd(right);
console.log("left:", left.tolist(), "right:", right.tolist());
for (const [name, value] of Object.entries(inputs)) console.log(name, "->", show(value));

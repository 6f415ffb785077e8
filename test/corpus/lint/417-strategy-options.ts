// Chooses a scaling strategy per feature group with higher-order functions and applies it to sensor tables passed in option objects.
import { array, NDArray } from "ndalias";

type Scaler = (x: NDArray) => NDArray;

function ensureFloat(x: NDArray): NDArray {
  return x.dtype === "float64" ? x : x.astype("float64");
}

const minMax: Scaler = (x) => {
  const lo = x.min();
  return x.sub(lo).div(x.max() - lo || 1);
};

const robust: Scaler = (x) => {
  const sorted = x.flatten();
  sorted.sort();
  const med = sorted.get(Math.floor(sorted.size / 2));
  return x.sub(med).div(sorted.get(sorted.size - 1) - sorted.get(0) || 1);
};

const strategies: Record<string, Scaler> = { minMax, robust };

function scaleGroup(name: string, raw: NDArray): NDArray {
  const scaler = strategies[name] ?? minMax;
  return scaler(ensureFloat(raw));
}

function clippedTotal(opts: { data: NDArray; ceiling: number }): number {
  const { data, ceiling } = opts;
  for (let i = 0; i < data.size; i++) {
    if (data.get(i) > ceiling) data.set(i, ceiling); // expect: no-alias-mutation
  }
  return data.sum();
}

function clippedMean(opts: { data: NDArray; ceiling: number }): number {
  const data = opts.data.copy();
  for (let i = 0; i < data.size; i++) {
    if (data.get(i) > opts.ceiling) data.set(i, opts.ceiling);
  }
  return data.mean();
}

const voltages = array([3.1, 3.3, 9.9, 3.2]);
const counts = array([4, 8, 15, 16], "int32");

console.log("scaled voltages:", scaleGroup("robust", voltages).tolist());
console.log("scaled counts:", scaleGroup("minMax", counts).tolist());

const working = ensureFloat(voltages);
working.idiv(working.max()); // expect: no-alias-mutation
console.log("relative voltages:", working.tolist());
console.log("voltage mean:", voltages.mean().toFixed(3));

const fractions = ensureFloat(counts.copy());
fractions.idiv(fractions.sum());
console.log("count fractions:", fractions.tolist());

const reading = { data: array([1.2, 7.5, 0.4]), ceiling: 5 };
console.log("clipped mean:", clippedMean(reading).toFixed(2));
console.log("clipped total:", clippedTotal(reading).toFixed(2));
console.log("raw reading:", reading.data.tolist());

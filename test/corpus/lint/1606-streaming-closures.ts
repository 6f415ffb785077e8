// Streaming statistics built from closures over private buffers: a running mean, a window of recent samples and an exponential average.
import { zeros, array, NDArray } from "ndalias";

function makeRunningMean(dim: number) {
  const total = zeros(dim);
  let count = 0;
  return {
    push(x: NDArray): number {
      total.iadd(x);
      count += 1;
      return count;
    },
    value(): NDArray {
      return total.div(Math.max(count, 1));
    },
  };
}

function makeWindow(capacity: number) {
  const slots = zeros(capacity);
  let filled = 0;
  const push = (v: number): number => {
    if (filled < capacity) {
      slots.set(filled, v);
      filled += 1;
    } else {
      slots.assign(":-1", slots.slice("1:").copy());
      slots.set(capacity - 1, v);
    }
    return filled;
  };
  const snapshot = (): NDArray => slots.slice(`:${filled}`).copy();
  const mean = (): number => (filled === 0 ? 0 : slots.slice(`:${filled}`).mean());
  return { push, snapshot, mean };
}

function makeEma(alpha: number, init: NDArray): (x: NDArray) => NDArray {
  let state = init.copy();
  return (x) => {
    state = state.mul(1 - alpha).add(x.mul(alpha));
    return state;
  };
}

function makeCounter(labels: string[]) {
  const hits = zeros(labels.length, "int32");
  return {
    hit: (label: string): number => {
      const i = labels.indexOf(label);
      if (i >= 0) hits.set(i, hits.get(i) + 1);
      return hits.sum();
    },
    report: (): string => labels.map((l, i) => `${l}=${hits.get(i)}`).join(" "),
  };
}

const samples = [array([1, 2, 3]), array([2, 2, 2]), array([4, 0, 1]), array([3, 5, 1])];

const running = makeRunningMean(3);
samples.forEach((s) => {
  running.push(s);
});
console.log("running mean:", running.value().tolist());

const norms = makeWindow(3);
samples.map((s) => Math.sqrt(s.mul(s).sum())).forEach((n) => norms.push(n));
console.log("recent norms:", norms.snapshot().tolist(), "window mean:", norms.mean().toFixed(3));

const ema = makeEma(0.5, samples[0]);
const smoothed = samples.slice(1).map((s) => ema(s));
console.log("ema trace:", smoothed.map((s) => s.tolist()));

let latest: NDArray = samples[samples.length - 1];
latest = latest.mul(2);
latest.iadd(1);
console.log("doubled-plus-one latest:", latest.tolist(), "original latest:", samples[3].tolist());

const counter = makeCounter(["low", "mid", "high"]);
samples
  .map((s) => s.mean())
  .map((m) => (m < 2 ? "low" : m < 2.5 ? "mid" : "high"))
  .forEach((label) => counter.hit(label));
console.log("level counts:", counter.report());

const deltas = samples.slice(1).map((s, i) => s.sub(samples[i]));
const biggestJump = deltas.reduce((best, d) => (d.max() > best.max() ? d : best));
console.log("biggest jump:", biggestJump.tolist(), "inputs unchanged:", samples.map((s) => s.sum()));

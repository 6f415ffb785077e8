// Latency histograms: one recorder closure captures a local alias of the module-level history and pushes into it; another clamps its own working copy.
import { array, zeros, NDArray } from "ndalias";

const HISTORY = zeros(8);
let cursor = 0;

function recordBatch(samples: readonly number[]): number {
  const ring = HISTORY;
  const push = (v: number): void => {
    ring.set(cursor % ring.size, v); // expect: no-alias-mutation
    cursor++;
  };
  samples.forEach(push);
  return HISTORY.mean();
}

function clampedMean(samples: NDArray, ceiling: number): number {
  const work = samples.copy();
  const clamp = (hi: number): void => {
    for (let i = 0; i < work.size; i++) work.set(i, Math.min(work.get(i), hi));
  };
  clamp(ceiling);
  return work.mean();
}

function resetHistory(): void {
  HISTORY.fill(0);
  cursor = 0;
}

function makeScaler(k: number): (x: NDArray) => NDArray {
  return (x) => x.mul(k);
}

const toMs = makeScaler(1000);
const raw = array([0.012, 0.250, 0.031, 0.008]);
const ms = toMs(raw);
console.log("mean:", recordBatch(ms.tolist() as number[]), "clamped:", clampedMean(ms, 100));
resetHistory();
console.log("history:", HISTORY.tolist(), "raw:", raw.tolist());

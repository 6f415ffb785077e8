// Merges default and user hyper-parameter records that hold arrays, anneals the merged copy and prints all records.
import { array, NDArray } from "ndalias";

type HParams = Record<string, NDArray | number>;

const defaults: HParams = {
  lr: array([0.1, 0.1, 0.05]),
  decay: 0.9,
  clip: array([1, 1, 1]),
};

function cloneRecord(rec: HParams): HParams {
  const out: HParams = {};
  for (const [k, v] of Object.entries(rec)) {
    out[k] = v instanceof NDArray ? v.copy() : v;
  }
  return out;
}

function withOverrides(base: HParams, overrides: HParams = {}): HParams {
  return { ...cloneRecord(base), ...cloneRecord(overrides) };
}

function anneal(h: HParams, steps = 1): void {
  const decay = typeof h.decay === "number" ? h.decay : 1;
  if (h.lr instanceof NDArray) {
    h.lr.imul(decay ** steps);
  }
}

function summarize(h: HParams): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(h)) {
    out[k] = v instanceof NDArray ? v.mean() : v;
  }
  return out;
}

function asArray(v: NDArray | number | undefined, width = 3): NDArray {
  if (v instanceof NDArray) return v.copy();
  return array(new Array<number>(width).fill(v ?? 0));
}

const user: HParams = { lr: array([0.2, 0.2, 0.1]) };
const merged = withOverrides(defaults, user);
anneal(merged, 3);

const tightClip = asArray(merged.clip);
tightClip.imul(0.5);
const snapshot = Object.assign({}, merged, { clip: tightClip });
const clip = snapshot.clip;
if (clip instanceof NDArray) {
  console.log("tightened clip:", clip.tolist());
}

const lrScaled = asArray(merged.lr);
lrScaled.imul(10);
console.log("lr x10:", lrScaled.tolist());

console.log("merged:", summarize(merged));
console.log("snapshot:", summarize(snapshot));
console.log("defaults:", summarize(defaults), "user:", summarize(user));

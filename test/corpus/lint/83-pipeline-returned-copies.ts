// A data pipeline whose stages each return a fresh, written copy of their input; the raw table is printed at the end.
import { array, NDArray } from "ndalias";

type Stage = (x: NDArray) => NDArray;

const fillMissing: Stage = (x) => {
  const out = x.copy();
  for (let i = 0; i < out.size; i++) if (Number.isNaN(out.get(i))) out.set(i, 0);
  return out;
};

const clip: Stage = (x) => {
  const out = x.astype("float64");
  for (let i = 0; i < out.size; i++) out.set(i, Math.min(100, Math.max(-100, out.get(i))));
  return out;
};

function scale(x: NDArray): NDArray {
  const centred = x.sub(x.mean());
  centred.idiv(Math.max(1e-9, centred.max() - centred.min()));
  return centred;
}

function* runStages(input: NDArray, stages: Stage[]): Generator<NDArray> {
  let cur = input;
  for (const s of stages) {
    cur = s(cur);
    yield cur;
  }
}

const raw = array([3, Number.NaN, 250, -7, 42]);
const snapshots: NDArray[] = [];
for (const out of runStages(raw, [fillMissing, clip, scale])) snapshots.push(out);
const last = snapshots[snapshots.length - 1];
const ranked = last ? last.flatten() : raw.flatten();
ranked.sort();
console.log("stages:", snapshots.map((s) => s.tolist()));
console.log("sorted scaled:", ranked.tolist(), "raw:", raw.tolist());

// Runs audio frames through arrow-function stages and records request latencies into a module histogram through a helper.
import { array, zeros, NDArray } from "ndalias";

type Stage = (frame: NDArray) => NDArray;

const removeDc: Stage = (frame) => frame.sub(frame.mean());
const normalise: Stage = (frame) => frame.div(Math.max(frame.max(), -frame.min()) || 1);
const gate: Stage = (frame) => frame.imul(frame.max() > 0.05 ? 1 : 0); // expect: no-alias-mutation

const pipeline: Stage[] = [removeDc, normalise, gate];
const frames = [array([0.2, 0.4, 0.1, 0.3]), array([0.01, 0.02, 0.0, 0.01])];
const processed = frames.map((f) => pipeline.reduce((x, stage) => stage(x), f));
processed.forEach((p, i) => console.log(`frame ${i} peak:`, p.max()));

const HIST = zeros(10);

const record = (ms: number): number => {
  const h = HIST;
  const bucket = Math.min(9, Math.floor(ms / 50));
  h.set(bucket, h.get(bucket) + 1); // expect: no-alias-mutation
  return h.sum();
};

for (const ms of [12, 48, 51, 230, 75, 499, 610]) {
  console.log("requests so far:", record(ms));
}
console.log("histogram:", HIST.tolist());

// Records request latencies into a module-level histogram through a helper and reports the running request count.
import { zeros } from "ndalias";

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

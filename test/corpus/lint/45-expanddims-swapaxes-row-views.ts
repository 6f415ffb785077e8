// Writes through expandDims, swapaxes and row views: a softmax column, a masked time step and a quantised weight row.
import { array, arange, NDArray } from "ndalias";

const scores = array([2.0, 1.0, 0.5, -1.0]);
const column = scores.expandDims(1);
column.isub(scores.max()); // expect: no-view-mutation
const exps = column.copy();
for (let i = 0; i < exps.size; i++) exps.set([i, 0], Math.exp(exps.get(i, 0)));
console.log("softmax column:", exps.div(exps.sum()).tolist());
console.log("raw scores:", scores.tolist());

function encode(batch: NDArray): number {
  return batch.sum() / batch.shape[0];
}

const batch = arange(0, 24).reshape(2, 4, 3);
const timeMajor = batch.swapaxes(0, 1);
console.log("steps:", timeMajor.shape[0], "first step total:", timeMajor.slice(0).sum());
timeMajor.slice(0).fill(0); // expect: no-view-mutation
console.log("encoding:", encode(batch));

const weights = array([[0.123, -0.456, 0.789], [0.111, 0.222, -0.333]]);
const row = weights.slice(0);
const before = row.copy();
for (let j = 0; j < row.size; j++) {
  const k = row.offset + j * row.strides[0];
  row.data[k] = Math.round((row.data[k] as number) * 16) / 16; // expect: no-view-mutation
}
const err = row.sub(before);
console.log("quantisation error:", err.mul(err).sum());
console.log("weights:", weights.tolist());

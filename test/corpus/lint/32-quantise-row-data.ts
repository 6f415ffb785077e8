// Quantises the first row of a weight matrix through its raw buffer and prints the quantisation error and the matrix.
import { array } from "ndalias";

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

// Turns a vector of class scores into a column of stabilised logits for a softmax table and prints the raw scores.
import { array } from "ndalias";

const scores = array([2.0, 1.0, 0.5, -1.0]);
const column = scores.expandDims(1);
column.isub(scores.max()); // expect: no-view-mutation
const exps = column.copy();
for (let i = 0; i < exps.size; i++) exps.set([i, 0], Math.exp(exps.get(i, 0)));
console.log("softmax column:", exps.div(exps.sum()).tolist());
console.log("raw scores:", scores.tolist());

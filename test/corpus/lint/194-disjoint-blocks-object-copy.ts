// Packed model parameters split into disjoint weight and bias blocks, point columns scaled independently, and object-dtype label tables copied element-wise before relabelling.
import { arange, array, empty, zeros } from "ndalias";

const params = arange(10);
const weights = params.slice("0:5");
const biases = params.slice("5:10");
weights.imul(0.5);
console.log("bias total:", biases.sum(), "scaled weights:", weights.tolist());
biases.fill(0);
console.log("weights after bias reset:", weights.tolist(), "weight norm:", Math.sqrt(weights.mul(weights).sum()));

const points = array([[1, 10], [2, 20], [3, 30], [4, 40]]);
const xs = points.slice("..., 0");
const ys = points.slice("..., 1");
ys.idiv(10);
console.log("x centroid:", xs.mean(), "y after rescale:", ys.tolist());

const grid = zeros([3, 4]);
const top = grid.slice(0);
const middle = grid.slice(1);
const bottom = grid.slice(2);
top.fill(1);
middle.iadd(top);
middle.imul(3);
bottom.assign(":", top.add(middle));
console.log("top:", top.tolist(), "middle:", middle.tolist(), "bottom:", bottom.tolist());

const labels = array(["cat", "dog", "bird"]);
const display = empty(3, "object");
display.assign(":", labels);
display.set(1, "puppy");
console.log("stored labels:", labels.tolist(), "display labels:", display.tolist());

const scores = array([0.91, 0.42, 0.77]);
const annotated = empty(3, "object");
annotated.assign(":", scores);
annotated.set(0, "best");
console.log("raw scores:", scores.tolist(), "annotated:", annotated.tolist());

const sensorIds = arange(100, 106);
const flagged = sensorIds.take([0, 5]);
flagged.fill(-1);
console.log("flagged slots:", flagged.tolist(), "sensor ids:", sensorIds.tolist());

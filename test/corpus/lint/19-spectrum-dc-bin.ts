// Removes the DC bin and the header cell of buffers that other code reads only through views of the remaining entries.
import { array } from "ndalias";

const spectrum = array([12.5, 3.1, 0.4, 2.2, 0.9, 0.1]);
const harmonics = spectrum.slice("1:");
spectrum.set(0, 0);
const strongest = harmonics.max();
console.log("strongest harmonic:", strongest, "harmonic energy:", harmonics.mul(harmonics).sum());

const table = array([[0, 0, 0], [3, 4, 5], [6, 7, 8]]);
const body = table.slice("1:");
table.assign("0, :-1", [1, 2]);
table.set([0, 2], 9);
console.log("body mean:", body.mean());
console.log("header:", table.slice(0).tolist());

const weights = array([[0.5, 0.1], [0.2, 0.7], [0.3, 0.3]]);
const outputRow = weights.slice(-1);
weights.slice(0).fill(0);
weights.assign("0:2, 0", 1);
console.log("output row:", outputRow.tolist());

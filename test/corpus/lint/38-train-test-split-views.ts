// Splits a dataset into train and test rows, min-max scales the training rows and exports the full dataset.
import { array } from "ndalias";

const data = array([[1, 200], [2, 180], [3, 260], [4, 240], [5, 300], [6, 310]]);
const [train, test] = [data.slice(":4"), data.slice("4:")];
const lo = train.min();
const hi = train.max();
train.isub(lo); // expect: no-view-mutation
train.idiv(hi - lo); // expect: no-view-mutation

console.log("train:", train.tolist(), "test:", test.tolist());
console.log("export:", JSON.stringify(data.tolist()));

// Selects the training, validation or test split of a design matrix and its targets by runtime flags, standardises them and reports statistics.
import { array, NDArray } from "ndalias";

type Split = "train" | "val" | "test";

function splitFromEnv(): Split {
  const s = process.env.SPLIT;
  return s === "val" || s === "test" ? s : "train";
}

function describe(name: string, x: NDArray): string {
  return `${name}: mean=${x.mean().toFixed(3)} max=${x.max().toFixed(3)}`;
}

const design = array([
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
  [10, 11, 12],
  [13, 14, 15],
  [16, 17, 18],
]);
const yTrain = array([0.5, 1.5, 2.5, 3.5]);
const yVal = array([4.5]);
const yTest = array([5.5]);

const split = splitFromEnv();
const verbose = process.argv.includes("--verbose");

// a scaled preview of the first rows for the log, taken from a copy
const preview = (verbose ? design.slice(":2") : design.slice(":1")).copy();
preview.imul(10);
console.log("preview:", preview.tolist());

const rows =
  split === "train" ? design.slice(":4") : split === "val" ? design.slice("4:5") : design.slice("5:");
rows.isub(rows.mean()); // expect: no-view-mutation

const y = split === "val" ? yVal : split === "test" ? yTest : yTrain;
y.idiv(y.max()); // expect: no-alias-mutation

console.log(describe("rows", rows));
console.log(describe("targets", y));
console.log(describe("full design", design));
console.log("train targets:", yTrain.tolist());

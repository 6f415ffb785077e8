// Scales the train window of reshaped time-series rows (reporting only sizes and the holdout), then edits a sensor grid through chained reshaped views.
import { arange } from "ndalias";

const series = arange(0, 12).reshape(6, 2);
const train = series.slice("0:4");
const holdout = series.slice("4:6");
train.idiv(train.max());
console.log("rows:", series.shape[0], "cols:", series.shape[1], "dtype:", series.dtype);
console.log("holdout mean:", holdout.mean(), "train:", train.tolist());

const grid = arange(0, 12).reshape(3, 4);
grid.ravel().slice("6:").fill(0);
grid.reshape(2, 6).slice(0).imul(2);
grid.T.slice(0).iadd(1);
console.log("grid:", grid.tolist(), "total:", grid.sum());

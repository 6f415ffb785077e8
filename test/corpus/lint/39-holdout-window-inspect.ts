// Splits time-series rows into train and holdout windows, scales the train window and reports sizes and the holdout mean.
import { arange } from "ndalias";

const series = arange(0, 12).reshape(6, 2);
const train = series.slice("0:4");
const holdout = series.slice("4:6");
train.idiv(train.max());

console.log("rows:", series.shape[0], "cols:", series.shape[1], "dtype:", series.dtype);
console.log("holdout mean:", holdout.mean(), "train:", train.tolist());

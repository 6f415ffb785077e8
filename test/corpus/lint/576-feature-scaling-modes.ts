// Prepares feature columns for a credit-scoring model under several scaling modes, each of which produces its own working array.
import { array, NDArray } from "ndalias";

type Mode = "minmax" | "zscore" | "log" | "raw";

interface Split {
  train: NDArray;
  holdout: NDArray;
}

function scaleColumn(column: NDArray, mode: Mode, weight: number): NDArray {
  let work: NDArray = column;
  switch (mode) {
    case "minmax":
      work = column.sub(column.min());
      work.idiv(Math.max(work.max(), 1e-9));
      break;
    case "zscore":
      work = column.sub(column.mean());
      work.idiv(Math.sqrt(work.mul(work).mean()) || 1);
      break;
    case "log":
      work = column.add(1);
      for (let i = 0; i < work.size; i++) work.set(i, Math.log(work.get(i)));
      break;
    default:
      work = column.copy();
  }
  work.imul(weight);
  return work;
}

function clipOutliers(values: NDArray, limit: number | null): NDArray {
  let out = values;
  if (limit === null) {
    out = values.copy();
  } else {
    out = values.astype("float64");
    for (let i = 0; i < out.size; i++) {
      out.set(i, Math.min(limit, Math.max(-limit, out.get(i))));
    }
  }
  out.isub(out.mean());
  return out;
}

function splitRows(values: NDArray, cut: number): Split {
  return { train: values.slice(`:${cut}`).copy(), holdout: values.slice(`${cut}:`).copy() };
}

const income = array([32000, 54000, 41000, 120000, 67000, 38000]);
const debtRatio = array([0.31, 0.12, 0.45, 0.08, 0.22, 0.9]);
const normalise = income.max() > 1000;

const base = normalise ? income.div(income.max()) : income.copy();
base.iadd(0.05);

const scaledIncome = scaleColumn(income, "log", 2);
const scaledDebt = scaleColumn(debtRatio, "zscore", 1);
const limited = clipOutliers(scaledDebt, 1.5);
const { train, holdout } = splitRows(limited, 4);
train.imul(1.1);
holdout.fill(0);

console.log("base:", base.tolist());
console.log("scaled income:", scaledIncome.tolist());
console.log("limited debt:", limited.tolist(), "train:", train.tolist(), "holdout:", holdout.tolist());
console.log("raw income still intact:", income.tolist(), "debt:", debtRatio.tolist());

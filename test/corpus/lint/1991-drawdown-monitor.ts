// Drawdown monitor: prints the raw equity curve, rebases it, projects stressed paths and reports peak-to-trough losses per book.
import { array, zeros, NDArray } from "ndalias";

const equity = array([100, 103, 101, 97, 94, 99, 104, 102, 96, 91, 95, 98]);
const shocks = array([0.0, -0.02, -0.05, 0.01, -0.08]);
const books = ["macro", "credit", "vol"];
const horizon = 4;

const opening = equity;
console.log("opening curve:", opening.tolist(), "opening high:", opening.max());

const drawdowns = zeros(equity.size);
let peak: number = equity.get(0);
let troughAt = -1;
let maxDd = 0;
for (let i = 0; i < equity.size; i++) {
  const v: number = equity.get(i);
  if (v > peak) {
    peak = v;
    continue;
  }
  const dd = (peak - v) / peak;
  drawdowns.set(i, dd);
  if (dd > maxDd) {
    maxDd = dd;
    troughAt = i;
  }
}

equity.idiv(equity.get(0));
equity.imul(100);
equity.slice(":1").fill(100);

const stressed = equity.copy();
stressed.assign("6:", stressed.slice("6:").mul(0.9));
const stressedLow = stressed.min();

let path: NDArray = equity;
const projected: number[] = [];
scen: for (let s = 0; s < shocks.size; s++) {
  const shock: number = shocks.get(s);
  path = path.mul(1 + shock);
  path.isub(0.1);
  for (let h = 0; h < horizon; h++) {
    const last: number = path.get(path.size - 1);
    if (last < 50) {
      projected.push(last);
      continue scen;
    }
  }
  projected.push(path.min());
}

const bookLosses = new Map<string, number>();
for (const book of books) {
  let scale = 1;
  switch (book) {
    case "macro":
      scale = 1.5;
      break;
    case "credit":
      scale = 0.8;
      break;
    case "vol":
      if (maxDd < 0.01) continue;
      scale = 2.2;
      break;
    default:
      scale = 1;
  }
  const bookDd = drawdowns.mul(scale);
  bookDd.set(0, 0);
  bookLosses.set(book, bookDd.max());
}

let recovery = 0;
try {
  const tail = equity.slice(`${troughAt}:`);
  recovery = tail.max() - tail.min();
  if (troughAt < 0) throw new RangeError("no drawdown recorded");
} catch (err) {
  recovery = 0;
  console.warn("recovery skipped:", (err as Error).message);
} finally {
  console.log("trough index:", troughAt);
}

const alert = (maxDd > 0.1 && recovery < 5) || stressedLow < 80;

console.log("rebased curve:", equity.tolist());
console.log("max drawdown:", (maxDd * 100).toFixed(2), "%", "alert:", alert);
console.log("drawdowns:", drawdowns.tolist());
console.log("stressed low:", stressedLow.toFixed(2), "projected:", projected.map((p) => p.toFixed(1)).join(", "));
for (const [book, loss] of bookLosses) {
  console.log(`  ${book.padEnd(8)} worst drawdown ${(loss * 100).toFixed(2)}%`);
}
console.log("final path:", path.tolist());

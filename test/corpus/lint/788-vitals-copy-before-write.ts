// Notebook port: cleans a patient vitals table — imputes missing values on a copy, converts units and keeps the raw table for comparison.
// runnable
import { array, zeros, NDArray } from "ndalias";

// %% [1] raw vitals: 4 patients x 3 (heart rate, temperature F, systolic); 0 = missing
const vitals = array([
  [72, 98.6, 120],
  [0, 99.1, 135],
  [88, 0, 128],
  [65, 97.9, 0],
]);
const columns = ["hr", "tempF", "sys"];
console.log("raw:", vitals.tolist());

// %% [2] column means over the non-missing entries (views, read only)
const colMeans: number[] = [];
for (let j = 0; j < columns.length; j++) {
  const col = vitals.slice(":", j);
  let s = 0;
  let n = 0;
  for (let i = 0; i < col.size; i++) {
    if (col.get(i) !== 0) {
      s += col.get(i);
      n++;
    }
  }
  colMeans.push(s / n);
}
console.log("column means:", colMeans.map((m) => m.toFixed(1)));

// %% [3] impute on an explicit copy, so the raw table stays as it was
const imputed = vitals.copy();
for (let i = 0; i < imputed.shape[0]; i++) {
  for (let j = 0; j < imputed.shape[1]; j++) {
    if (imputed.get(i, j) === 0) imputed.set([i, j], colMeans[j]);
  }
}
console.log("imputed:", imputed.tolist());
console.log("raw still has its gaps:", vitals.tolist());

// %% [4] Fahrenheit -> Celsius: copy the column out, convert, write it back by name
const tempC = imputed.slice(":", 1).copy();
tempC.isub(32);
tempC.imul(5 / 9);
imputed.assign(":, 1", tempC);
console.log("temperature (C):", imputed.slice(":", 1).tolist());

// %% [5] "working = imputed" looked like a bug, but it is rebound before any write
let working: NDArray = imputed;
console.log("working mean before scaling:", working.mean().toFixed(2));
working = working.copy();
for (let j = 0; j < 3; j++) {
  working.slice(":", j).idiv(working.slice(":", j).max());
}
console.log("scaled to column max:", working.tolist());
console.log("imputed untouched:", imputed.slice(0).tolist());

// %% [6] sorted values for a quick histogram: flatten() is a copy
const flat = imputed.flatten();
flat.sort();
console.log("sorted values:", flat.tolist());
console.log("table order kept, first entry:", imputed.get(0, 0));

// %% [7] fix a typo in the raw table, then look at the patient
vitals.slice(1).set(0, 76);
const patient1 = vitals.slice(1);
console.log("patient 1 after the fix:", patient1.tolist());

// %% [8] flags: a separate array that never shares memory with the table
const flags = zeros([4, 3], "uint8");
const limits = [
  [50, 85],
  [36, 38],
  [90, 140],
];
for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 3; j++) {
    const v = imputed.get(i, j);
    if (v < limits[j][0] || v > limits[j][1]) flags.set([i, j], 1);
  }
}
console.log("out-of-range flags:", flags.tolist(), "total:", flags.sum());

// %% [9] summary per patient, computed from arithmetic results
const hrNorm = imputed.slice(":", 0).div(60);
const sysNorm = imputed.slice(":", 2).div(120);
let risk = hrNorm.add(sysNorm);
risk = risk.mul(0.5);
console.log("risk index:", risk.tolist());
for (let i = 0; i < 4; i++) {
  console.log(`patient ${i}: risk ${risk.get(i).toFixed(2)}, flags ${flags.slice(i).sum()}`);
}

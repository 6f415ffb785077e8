// Top-balancing pass on a pack matrix: trims cells above target, zeroes a faulted module, fixes a reversed harness row and reports module rows.
import { array, NDArray } from "ndalias";

const TRIM_V = 0.002;

const pack = array([
  [3.731, 3.712, 3.705, 3.718],
  [3.699, 3.702, 3.748, 3.701],
  [3.726, 3.709, 3.715, 3.72],
  [3.711, 3.714, 3.707, 3.716],
]);

const columnOffsets = array([0.001, 0.0, -0.001, 0.0005]);
const faultedModule = 1;
const reversedModule = 3;

function rowSummary(row: NDArray): string {
  const values = (row.tolist() as number[]).map((v) => v.toFixed(3));
  return `${values.join(" ")} | mean ${row.mean().toFixed(4)}`;
}

function trimAbove(matrix: NDArray, target: number): void {
  for (let m = 0; m < matrix.shape[0]; m++) {
    for (let c = 0; c < matrix.shape[1]; c++) {
      if (matrix.get(m, c) > target) {
        matrix.slice(m, `${c}:${c + 1}`).isub(TRIM_V);
      }
    }
  }
}

function spreadMv(matrix: NDArray): number {
  return (matrix.max() - matrix.min()) * 1000;
}

function zeroRow(matrix: NDArray, m: number): void {
  matrix.slice(m).fill(0);
}

function healthyModules(matrix: NDArray, excluded: number[]): number[] {
  const out: number[] = [];
  for (let m = 0; m < matrix.shape[0]; m++) {
    if (!excluded.includes(m)) out.push(m);
  }
  return out;
}

console.log("spread before balancing (mV):", spreadMv(pack).toFixed(1));
console.log("pack mean before balancing:", pack.mean().toFixed(4));

// Per-column sensor calibration, column by column through the transpose.
for (let c = 0; c < columnOffsets.size; c++) {
  pack.T.slice(c).iadd(columnOffsets.get(c));
}

// The harness of the last module is wired in reverse order.
const fixedOrder = pack.slice(reversedModule).flip().copy();
pack.slice(reversedModule).assign(":", fixedOrder);

// A faulted module is excluded: its row is zeroed.
const faultedMean = pack.slice(faultedModule).mean();
zeroRow(pack, faultedModule);

// Trim everything above the target among the healthy modules.
const healthy = healthyModules(pack, [faultedModule]).map((m) => pack.slice(m).copy());
const target = Math.min(...healthy.map((r) => r.min())) + 0.01;
trimAbove(pack, target);

// Module 0 gets an extra pulse on the two cells next to its bleed resistor bank.
pack.slice(0, ":2").isub(TRIM_V);

// Report, with row views taken after all writes.
const rows = [0, 1, 2, 3].map((m) => pack.slice(m));
rows.forEach((r, m) => console.log(`module ${m}: ${rowSummary(r)}`));
const lastColumn = pack.slice(":", -1);

console.log("faulted module mean before exclusion:", faultedMean.toFixed(4));
console.log("last column:", lastColumn.tolist());
console.log("target (V):", target.toFixed(4));
console.log("spread after balancing (mV):", spreadMv(pack).toFixed(1));
console.log("healthy rows before trim:", healthy.map((r) => r.tolist()));
console.log("pack mean after balancing:", pack.mean().toFixed(4));
console.log("diagonal cells:", pack.diagonal().tolist());

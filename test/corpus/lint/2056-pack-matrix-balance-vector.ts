// Pack voltage matrix: flattens module rows into a cell-index vector for the balancer, packs a millivolt CAN frame and reports module stats.
// runnable
import { array, zeros, NDArray } from "ndalias";

const MODULES = 4;
const CELLS = 3;

const pack = array([
  [3.712, 3.705, 3.731],
  [3.698, 3.744, 3.709],
  [3.721, 3.716, 3.702],
  [3.69, 3.735, 3.728],
]);

function spread(row: NDArray): number {
  return row.max() - row.min();
}

function encodeFrame(cellsV: NDArray): number[] {
  const out: number[] = [];
  const flat = cellsV.flatten();
  for (let i = 0; i < flat.size; i++) {
    out.push(Math.round(flat.get(i) * 1000) & 0xffff);
  }
  return out;
}

function sendFrame(id: number, payload: number[]): void {
  console.log(`CAN 0x${id.toString(16)}:`, payload.map((v) => v.toString(16)).join(" "));
}

// Harness calibration for cell 0 of module 3, written straight into the pack.
pack.set([3, 0], pack.get(3, 0) + 0.004);

for (let m = 0; m < MODULES; m++) {
  console.log(`module ${m} spread: ${(spread(pack.slice(m)) * 1000).toFixed(1)} mV`);
}

// Module means and the pack-level imbalance, from copies so the pack stays untouched.
const moduleMeans = zeros(MODULES);
for (let m = 0; m < MODULES; m++) {
  moduleMeans.set(m, pack.slice(m).mean());
}
const imbalance = moduleMeans.sub(moduleMeans.mean());
imbalance.imul(1000);
console.log("module imbalance (mV):", imbalance.tolist());

const columnMax = pack.T.copy();
for (let c = 0; c < CELLS; c++) {
  console.log(`cell position ${c}: max ${columnMax.slice(c).max().toFixed(3)} V`);
}

function cellLabel(i: number): string {
  return `M${Math.floor(i / CELLS)}C${i % CELLS}`;
}

// Balancer works on a flat cell index: cell k of module m is m * CELLS + k.
const balanceVec = pack.reshape(MODULES * CELLS);
let highest = 0;
for (let i = 1; i < balanceVec.size; i++) {
  if (balanceVec.get(i) > balanceVec.get(highest)) highest = i;
}
console.log(`highest cell: module ${Math.floor(highest / CELLS)}, cell ${highest % CELLS}`);

// Express every cell as its excess over the lowest cell, in volts.
balanceVec.isub(balanceVec.min()); // expect: no-view-mutation
const toBleed: number[] = [];
for (let i = 0; i < balanceVec.size; i++) {
  if (balanceVec.get(i) > 0.02) toBleed.push(i);
}
console.log("cells to bleed:", toBleed.map(cellLabel).join(", "));

// Telemetry frame in millivolts.
const frameMv = pack.astype("float32");
frameMv.imul(1000); // expect: no-lost-write
sendFrame(0x310, encodeFrame(pack));

console.log("pack mean voltage:", pack.mean().toFixed(4));
console.log("module 1 cells:", pack.slice(1).tolist());

const lowest = array([pack.min(), balanceVec.min()]);
console.log("lowest cell / lowest excess:", lowest.tolist());

// Formula helpers that write their target range in place (fill-down, running balance, scaling, clearing), applied to a cash-flow sheet.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

// Columns: inflow, outflow, net, balance; one row per week.
const cash = array([
  [1200, 800, 0, 0],
  [NaN, 650, 0, 0],
  [1500, NaN, 0, 0],
  [NaN, 700, 0, 0],
  [900, 1100, 0, 0],
  [1300, 600, 0, 0],
]);
const WEEKS = cash.shape[0];

function fillDown(column: NDArray): void {
  for (let i = 1; i < column.size; i++) {
    if (Number.isNaN(column.get(i))) {
      column.set(i, column.get(i - 1));
    }
  }
}

function difference(target: NDArray, a: NDArray, b: NDArray): void {
  target.assign(":", a.sub(b));
}

function runningBalance(target: NDArray, flows: NDArray, opening: number): void {
  let balance = opening;
  for (let i = 0; i < flows.size; i++) {
    balance += flows.get(i);
    target.set(i, balance);
  }
}

function scaleRange(range: NDArray, factor: number): void {
  range.imul(factor);
}

function printCash(title: string, sheet: NDArray): void {
  console.log(`-- ${title}`);
  (sheet.tolist() as number[][]).forEach((row, w) => {
    console.log(`wk${w + 1} ` + row.map((v) => v.toFixed(0).padStart(7)).join(""));
  });
}

// The import left gaps: carry the previous week's figure down.
fillDown(cash.slice(":", 0));
fillDown(cash.slice(":", 1));

// Net and running balance columns.
difference(cash.slice(":", 2), cash.slice(":", 0), cash.slice(":", 1));
runningBalance(cash.slice(":", 3), cash.slice(":", 2), 5000);
printCash("base case", cash);

// Scenario sheets are separate allocations; helpers write them on purpose.
const scenarios = [cash.copy(), cash.copy(), cash.copy()];
const factors = [0.9, 1.0, 1.1];
scenarios.forEach((s, k) => scaleRange(s.slice(":", 0), factors[k]));
scenarios.forEach((s) => difference(s.slice(":", 2), s.slice(":", 0), s.slice(":", 1)));
scenarios.forEach((s) => runningBalance(s.slice(":", 3), s.slice(":", 2), 5000));
scenarios.forEach((s, k) => console.log(`scenario x${factors[k]} closing balance:`, s.get(WEEKS - 1, 3).toFixed(0)));

// Scratch buffers for the weekly chart are reset by a forEach callback before each redraw.
const chartBuffers = [zeros(WEEKS), zeros(WEEKS)];
chartBuffers.forEach((buffer) => buffer.fill(0));
for (let w = 0; w < WEEKS; w++) {
  chartBuffers[0].set(w, cash.get(w, 0) / 100);
  chartBuffers[1].set(w, cash.get(w, 1) / 100);
}
console.log("chart inflow bars:", (chartBuffers[0].tolist() as number[]).join(" "));
console.log("chart outflow bars:", (chartBuffers[1].tolist() as number[]).join(" "));

// An event bus lets the UI ask for a range to be cleared; the handler writes what it is given.
const bus = new EventEmitter();
bus.on("clear-range", (range: NDArray) => {
  range.fill(0);
});
const draft = cash.copy();
bus.emit("clear-range", draft.slice("4:", ":2"));
printCash("draft with last weeks cleared", draft);

const lowest = Math.min(...(cash.slice(":", 3).tolist() as number[]));
console.log("lowest balance in the base case:", lowest.toFixed(0));

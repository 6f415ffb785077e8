// Walk-forward parameter search: current and previous parameter vectors live in two swapped buffers, and each fold rebinds its working series.
import { array, zeros, NDArray } from "ndalias";

const prices = array([100, 101.5, 100.8, 102.2, 103.9, 103.1, 104.8, 106.0, 105.2, 107.5, 108.1, 107.3]);
const foldSize = 4;

function foldReturns(series: NDArray, start: number, len: number): NDArray {
  const window = series.slice(`${start}:${start + len}`);
  return window.slice("1:").div(window.slice(":-1")).sub(1);
}

function score(params: NDArray, rets: NDArray): number {
  const lead = params.get(0);
  const scale = params.get(1);
  let pnl = 0;
  for (let i = 1; i < rets.size; i++) {
    const signal = rets.get(i - 1) > lead ? 1 : -1;
    pnl += signal * scale * rets.get(i);
  }
  return pnl;
}

let current = zeros(2);
let previous = zeros(2);
previous.set(1, 1);

for (let start = 0; start + foldSize <= prices.size; start += foldSize) {
  [current, previous] = [previous, current];
  current.assign(":", previous);
  current.iadd(array([0.001, 0.1]));

  let work: NDArray = foldReturns(prices, start, foldSize);
  work = work.sub(work.mean());
  work.imul(10);

  const gain = score(current, work) - score(previous, work);
  console.log(`fold @${start}: gain`, gain.toFixed(5), "work:", work.tolist());
}

let benchmark: NDArray = prices;
console.log("benchmark start:", benchmark.get(0));
benchmark = zeros(prices.size);
benchmark.fill(prices.get(0));
benchmark.iadd(array(prices.tolist() as number[]).sub(prices.get(0)).mul(0.5));

let best: NDArray = current;
best = best.add(0);
best.set(0, Math.max(best.get(0), 0));

console.log("prices:", prices.tolist());
console.log("half-beta benchmark:", benchmark.tolist());
console.log("current:", current.tolist(), "previous:", previous.tolist(), "best:", best.tolist());

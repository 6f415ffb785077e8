// Simulates queue build-up behind a two-lane ramp meter tick by tick, keeps per-tick history for the dashboard and reports the peak queue.
// runnable
import { array, zeros, NDArray } from "ndalias";

const TICKS = 6;
const METER_RATE = 4; // vehicles released per tick per lane
const BALK_RATE = 0.1; // share of queued drivers who give up and divert

// arrivals[tick, lane]
const arrivals = array([
  [3, 5],
  [6, 7],
  [8, 6],
  [5, 9],
  [2, 4],
  [1, 2],
]);

const queue = zeros(2);
const released = zeros(2);
const queueHistory: NDArray[] = new Array<NDArray>(TICKS);
const releaseHistory: NDArray[] = [];

function release(waiting: NDArray, rate: number = METER_RATE): NDArray {
  const out = zeros(waiting.size);
  for (let lane = 0; lane < waiting.size; lane++) {
    out.set(lane, Math.min(waiting.get(lane), rate));
  }
  return out;
}

function peakTick(history: NDArray[]): number {
  let best = 0;
  for (let t = 1; t < history.length; t++) {
    if (history[t].sum() > history[best].sum()) best = t;
  }
  return best;
}

function sparkline(values: number[]): string {
  const bars = " .:-=+*#";
  const top = Math.max(...values, 1);
  return values.map((v) => bars[Math.min(bars.length - 1, Math.round((v / top) * (bars.length - 1)))]).join("");
}

function laneUtilisation(history: NDArray[], rate: number = METER_RATE): number[] {
  const totals = zeros(2);
  for (const step of history) {
    totals.iadd(step);
  }
  totals.idiv(rate * history.length);
  return [totals.get(0), totals.get(1)];
}

for (let t = 0; t < TICKS; t++) {
  // the dashboard keeps the queue as it stood at the start of each tick
  queueHistory[t] = queue;

  const demand = queue.add(arrivals.slice(t));
  const out = release(demand);
  releaseHistory.push(out);
  released.iadd(out);
  queue.assign(":", demand.sub(out)); // expect: no-alias-mutation
}

const perTick = queueHistory.map((q) => q.sum());
console.log("queue at start of each tick:", perTick);
console.log("queue trend:", sparkline(perTick));
console.log("peak queue at tick", peakTick(queueHistory));

console.log("released per tick:", releaseHistory.map((r) => r.tolist()));
console.log("total released per lane:", released.tolist());
console.log(
  "meter utilisation per lane:",
  laneUtilisation(releaseHistory).map((u) => `${(u * 100).toFixed(0)}%`),
);

// some drivers give up before the next period starts
const carried = queue.copy();
carried.imul(1 - BALK_RATE); // expect: no-lost-write

console.log("carried over to the next period:", queue.tolist());
console.log("still queued in total:", queue.sum());

// Nagel-Schreckenberg cellular automaton on a single-lane ring road with double-buffered cell states; prints mean speed and flow per tick.
import { full, NDArray } from "ndalias";

const CELLS = 30;
const VMAX = 5;
const EMPTY = -1;
const TICKS = 8;
const SLOWDOWN_P = 0.2;

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

// cell value: EMPTY, or the speed (cells per tick) of the vehicle in that cell
let current = full(CELLS, EMPTY, "int32");
let next = full(CELLS, EMPTY, "int32");
for (let cell = 0; cell < CELLS; cell += 3) {
  current.set(cell, 1);
}

function gapAhead(road: NDArray, cell: number): number {
  for (let d = 1; d <= VMAX; d++) {
    if (road.get((cell + d) % road.size) !== EMPTY) return d - 1;
  }
  return VMAX;
}

function step(from: NDArray, to: NDArray, random: () => number, pSlow: number = SLOWDOWN_P): void {
  to.fill(EMPTY);
  for (let cell = 0; cell < from.size; cell++) {
    const v: number = from.get(cell);
    if (v === EMPTY) continue;
    let speed = Math.min(v + 1, VMAX, gapAhead(from, cell));
    if (speed > 0 && random() < pSlow) speed--;
    to.set((cell + speed) % to.size, speed);
  }
}

function meanSpeed(road: NDArray): number {
  let total = 0;
  let vehicles = 0;
  for (let cell = 0; cell < road.size; cell++) {
    const v: number = road.get(cell);
    if (v !== EMPTY) {
      total += v;
      vehicles++;
    }
  }
  return vehicles ? total / vehicles : 0;
}

function render(road: NDArray): string {
  const cells = road.tolist() as number[];
  return cells.map((v) => (v === EMPTY ? "." : String(v))).join("");
}

const random = lcg(42);
const speedLog: number[] = [];
const occupancyHistory: NDArray[] = [];

for (let t = 0; t < TICKS; t++) {
  step(current, next, random);
  [current, next] = [next, current];
  occupancyHistory.push(current.copy());
  speedLog.push(meanSpeed(current));
  console.log(render(current));
}

const density = occupancyHistory[0].size ? 10 / CELLS : 0;
const flows = speedLog.map((v) => v * density);
console.log("mean speed per tick:", speedLog.map((v) => v.toFixed(2)));
console.log("flow per tick (veh/tick):", flows.map((q) => q.toFixed(2)));

// convert the final state to km/h for the dashboard (7.5 m cells, 1 s ticks)
let profile: NDArray = current;
profile = profile.astype("float64");
profile.imul(7.5 * 3.6);
console.log("final speed profile (km/h, negative = empty):", profile.tolist());

// the first tick is re-rendered from history; later ticks did not disturb it
console.log("tick 1 again:", render(occupancyHistory[0]));
console.log("ticks recorded:", occupancyHistory.length, "final mean speed:", meanSpeed(current).toFixed(2));

// Simulates heat diffusion along a rod with double buffering, stopping when it converges, then drains a queue of hot-spot events.
import { array, zeros, NDArray } from "ndalias";

const CELLS = 8;
const ALPHA = 0.25;
const TOLERANCE = 1e-3;
const MAX_STEPS = 200;

function diffuseInto(out: NDArray, src: NDArray): void {
  out.set(0, src.get(0));
  out.set(src.size - 1, src.get(src.size - 1));
  for (let i = 1; i < src.size - 1; i++) {
    out.set(i, src.get(i) + ALPHA * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
}

function maxChange(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

// --- double-buffered diffusion -----------------------------------------------------------
let current = zeros(CELLS);
let next = zeros(CELLS);
current.set(0, 100);
current.set(CELLS - 1, 20);

let steps = 0;
for (; steps < MAX_STEPS; steps++) {
  diffuseInto(next, current);
  const change = maxChange(next, current);
  [current, next] = [next, current];
  if (change < TOLERANCE) break;
}
console.log(`converged after ${steps} steps:`, (current.tolist() as number[]).map((t) => t.toFixed(2)).join(" "));

// --- hot-spot events: the first unhandled event is applied, then the drain stops ---------
interface HotSpot {
  cell: number;
  temperature: number;
}

const events: HotSpot[] = [
  { cell: 3, temperature: 60 },
  { cell: 5, temperature: 75 },
  { cell: 1, temperature: 40 },
];
const profile = current.copy();
const handled = zeros(events.length, "uint8");
const rodView = profile.slice("1:-1");

while (true) {
  let index = -1;
  for (let e = 0; e < events.length; e++) {
    if (handled.get(e) === 0) {
      index = e;
      break;
    }
  }
  if (index < 0) break;
  const ev = events[index];
  handled.set(index, 1);
  if (profile.get(ev.cell) >= ev.temperature) continue;
  rodView.set(ev.cell - 1, ev.temperature);
  console.log(`applied hot spot at cell ${ev.cell}:`, rodView.tolist());
  break;
}
console.log("events handled:", handled.tolist());

// --- sensor calibration: offsets live in their own buffer ---------------------------------
const sensorReadings = array([99.1, 88.0, 76.4, 65.2, 54.9, 43.3, 31.8, 20.4]);
const offsets = sensorReadings.sub(current);
const correctedReadings = sensorReadings.copy();
for (let i = 0; i < CELLS; i++) {
  if (Math.abs(offsets.get(i)) > 5) {
    correctedReadings.set(i, current.get(i));
    console.log(`sensor ${i} replaced by the model value`);
    break;
  }
}
offsets.imul(-1);
console.log("corrections:", offsets.tolist());
console.log("corrected readings:", correctedReadings.tolist(), "raw mean:", sensorReadings.mean().toFixed(2));

// --- cooling: the working copy is cooled until it falls under the threshold -------------
const cooling = current.copy();
for (let minute = 0; minute < 30; minute++) {
  if (cooling.max() < 50) {
    console.log(`below 50 after ${minute} minutes`);
    break;
  }
  cooling.imul(0.9);
}
console.log("rod after cooling:", (cooling.tolist() as number[]).map((t) => t.toFixed(1)).join(" "));

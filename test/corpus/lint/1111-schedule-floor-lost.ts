// Learning-rate schedules: immutable helpers derive warm-up, decay and floored schedules from a base schedule for a sweep.
import { linspace, array, NDArray } from "ndalias";

export function constantSchedule(lr: number, steps: number): NDArray {
  const s = linspace(lr, lr, steps);
  return s;
}

export function withWarmup(schedule: NDArray, warmupSteps: number): NDArray {
  const warmed = schedule.copy();
  const peak = schedule.get(Math.min(warmupSteps, schedule.size - 1));
  for (let i = 0; i < warmupSteps && i < schedule.size; i++) {
    warmed.set(i, (peak * (i + 1)) / (warmupSteps + 1));
  }
  return warmed;
}

export function withCosineDecay(schedule: NDArray): NDArray {
  const n = schedule.size;
  const decayed = schedule.copy();
  for (let i = 0; i < n; i++) {
    const factor = 0.5 * (1 + Math.cos((Math.PI * i) / Math.max(1, n - 1)));
    decayed.set(i, schedule.get(i) * factor);
  }
  return decayed;
}

export function scaledBy(schedule: NDArray, k: number): NDArray {
  const out = schedule.mul(k);
  return out;
}

export function withFloor(schedule: NDArray, floor: number): NDArray {
  const floored = schedule.copy();
  const last = schedule.size - 1;
  if (floored.get(last) < floor) {
    floored.set(last, floor); // expect: no-lost-write
  }
  return schedule;
}

export function withRestart(schedule: NDArray, at: number): NDArray {
  const restarted = schedule.copy();
  const tail = schedule.slice(`${at}:`);
  const head = schedule.slice(`:${schedule.size - at}`);
  restarted.assign(`${at}:`, head);
  console.log(`  restart at ${at}: tail mean before restart ${tail.mean().toFixed(4)}`);
  return restarted;
}

export function area(schedule: NDArray): number {
  return schedule.sum();
}

function summarize(name: string, schedule: NDArray): void {
  const values = schedule.tolist() as number[];
  const shown = values.map((v) => v.toFixed(4)).join(" ");
  console.log(`${name.padEnd(10)} area=${area(schedule).toFixed(4)} | ${shown}`);
}

const base = constantSchedule(0.1, 8);
const warm = withWarmup(base, 2);
const cosine = withCosineDecay(warm);
const flooredSchedule = withFloor(cosine, 0.01);
const restarted = withRestart(flooredSchedule, 4);
const halved = scaledBy(restarted, 0.5);

summarize("base", base);
summarize("warmup", warm);
summarize("cosine", cosine);
summarize("floored", flooredSchedule);
summarize("restarted", restarted);
summarize("halved", halved);

// Sweep: every candidate starts from the same base and never writes it.
const multipliers = array([0.3, 1, 3]);
const results: { k: number; area: number }[] = [];
for (let j = 0; j < multipliers.size; j++) {
  const k = multipliers.get(j);
  const candidate = withFloor(withCosineDecay(scaledBy(base, k)), 0.005);
  results.push({ k, area: area(candidate) });
}
console.log("sweep:", JSON.stringify(results));
console.log("base still constant:", base.min() === base.max());

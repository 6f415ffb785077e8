// Heat diffusion on a rod with double buffering: a stepper closure swaps front and back buffers and observers sample each step.
// runnable
import { zeros, NDArray } from "ndalias";

type Observer = (step: number, field: NDArray) => void;

interface Simulation {
  step(): void;
  observe(fn: Observer): void;
  field(): NDArray;
  heatSource(at: number, amount: number): void;
}

function createRod(cells: number, k: number): Simulation {
  let front = zeros(cells);
  let back = zeros(cells);
  const observers: Observer[] = [];
  let steps = 0;

  function diffuse(src: NDArray, dst: NDArray): void {
    const n = src.size;
    for (let i = 0; i < n; i++) {
      const left = i > 0 ? src.get(i - 1) : src.get(i);
      const right = i < n - 1 ? src.get(i + 1) : src.get(i);
      dst.set(i, src.get(i) + k * (left + right - 2 * src.get(i)));
    }
  }

  return {
    step() {
      diffuse(front, back);
      [front, back] = [back, front];
      back.fill(0);
      steps += 1;
      for (const fn of observers) fn(steps, front);
    },
    observe(fn) {
      observers.push(fn);
    },
    field() {
      return front.copy();
    },
    heatSource(at, amount) {
      front.set(at, front.get(at) + amount);
    },
  };
}

function sparkline(v: NDArray): string {
  const levels = " .:-=+*#%@";
  const max = Math.max(v.max(), 1e-9);
  return (v.tolist() as number[]).map((x) => levels[Math.min(9, Math.floor((x / max) * 9))]).join("");
}

export function runRod(steps: number): number {
  const rod = createRod(12, 0.25);
  const energy: number[] = [];
  const peaks: NDArray[] = [];

  rod.observe((step, field) => {
    energy.push(field.sum());
  });
  rod.observe((step, field) => {
    if (step % 2 === 0) peaks.push(field.copy());
  });
  rod.observe((step, field) => {
    console.log(String(step).padStart(2), sparkline(field));
  });

  rod.heatSource(3, 10);
  rod.heatSource(8, 4);
  for (let s = 0; s < steps; s++) rod.step();

  const final = rod.field();
  final.slice("0:1").fill(0);
  final.slice("-1:").fill(0);
  console.log("interior heat:", final.sum().toFixed(3));
  console.log("kept", peaks.length, "snapshots; first:", peaks[0]?.max().toFixed(3));
  return energy[energy.length - 1] ?? 0;
}

console.log("energy at end:", runRod(6).toFixed(3));

// A singleton 1-D heat-diffusion simulator with double buffers swapped every step, plus a local ping-pong relaxation solver.
import { array, zeros, NDArray } from "ndalias";

class HeatSim {
  private static current: HeatSim | undefined;
  private cur: NDArray;
  private next: NDArray;
  steps = 0;

  private constructor(cells: number, hotSpot: number) {
    this.cur = zeros(cells);
    this.next = zeros(cells);
    this.cur.set(hotSpot, 100);
  }

  static get(cells = 9): HeatSim {
    return (HeatSim.current ??= new HeatSim(cells, Math.floor(cells / 2)));
  }

  step(alpha: number): number {
    const n = this.cur.size;
    this.next.set(0, this.cur.get(0));
    this.next.set(n - 1, this.cur.get(n - 1));
    for (let i = 1; i < n - 1; i++) {
      const left = this.cur.get(i - 1);
      const centre = this.cur.get(i);
      const right = this.cur.get(i + 1);
      this.next.set(i, centre + alpha * (left - 2 * centre + right));
    }
    [this.cur, this.next] = [this.next, this.cur];
    this.steps++;
    return this.cur.sum();
  }

  holdEdges(temperature: number): void {
    this.cur.slice(":1").fill(temperature);
    this.cur.slice("-1:").fill(temperature);
  }

  snapshot(): NDArray {
    return this.cur.copy();
  }

  interior(): NDArray {
    return this.cur.slice("1:-1").copy();
  }

  coolBy(factor: number): number {
    this.cur.imul(factor);
    return this.cur.max();
  }
}

// Jacobi relaxation of a rod with fixed ends: two buffers, swapped by destructuring.
function relax(left: number, right: number, cells: number, iterations: number): NDArray {
  let a = zeros(cells);
  let b = zeros(cells);
  a.set(0, left);
  a.set(cells - 1, right);
  for (let it = 0; it < iterations; it++) {
    b.set(0, left);
    b.set(cells - 1, right);
    for (let i = 1; i < cells - 1; i++) {
      b.set(i, (a.get(i - 1) + a.get(i + 1)) / 2);
    }
    [a, b] = [b, a];
  }
  return a;
}

function maxChange(before: NDArray, after: NDArray): number {
  const delta = after.sub(before);
  for (let i = 0; i < delta.size; i++) {
    delta.data[i] = Math.abs(delta.data[i] as number);
  }
  return delta.max();
}

const sim = HeatSim.get();
const initial = sim.snapshot();
for (let s = 0; s < 5; s++) {
  console.log(`step ${s + 1}: total heat ${sim.step(0.25).toFixed(3)}`);
}
const afterFive = sim.snapshot();
console.log("profile:", afterFive.tolist(), "max change:", maxChange(initial, afterFive).toFixed(3));

HeatSim.get().holdEdges(20);
console.log("with held edges:", HeatSim.get().snapshot().tolist());
console.log("peak after cooling:", HeatSim.get().coolBy(0.9).toFixed(3));
console.log("interior:", HeatSim.get().interior().tolist(), "steps:", HeatSim.get().steps);

const rod = relax(100, 0, 6, 40);
console.log("relaxed rod:", rod.tolist());
const reference = array([100, 80, 60, 40, 20, 0]);
console.log("max deviation from linear:", maxChange(reference, rod).toFixed(3));

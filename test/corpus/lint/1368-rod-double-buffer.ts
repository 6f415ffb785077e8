// Heat diffusion along a rod with double buffering: the solver swaps its buffers each step and a monitor keeps snapshots.
import { array, zeros, NDArray } from "ndalias";

class Rod {
  current: NDArray;
  next: NDArray;

  constructor(n: number) {
    this.current = zeros(n);
    this.next = zeros(n);
  }

  heat(position: number, temperature: number): void {
    this.current.set(position, temperature);
  }

  step(alpha: number): void {
    const n = this.current.size;
    for (let i = 1; i < n - 1; i++) {
      const lap = Number(this.current.get(i - 1)) - 2 * Number(this.current.get(i)) + Number(this.current.get(i + 1));
      this.next.set(i, Number(this.current.get(i)) + alpha * lap);
    }
    this.next.set(0, this.current.get(0));
    this.next.set(n - 1, this.current.get(n - 1));
    [this.current, this.next] = [this.next, this.current];
  }

  // Caps every cell at the given temperature and returns the remaining heat.
  clampTotal(maxTemp: number): number {
    for (let i = 0; i < this.current.size; i++) {
      if (Number(this.current.get(i)) > maxTemp) this.current.set(i, maxTemp);
    }
    return this.current.sum();
  }
}

class Monitor {
  private readonly snapshots: NDArray[] = [];

  record(rod: Rod): void {
    this.snapshots.push(rod.current.copy());
  }

  spread(): number[] {
    return this.snapshots.map((s) => s.max() - s.min());
  }

  latest(): NDArray {
    return this.snapshots[this.snapshots.length - 1].copy();
  }
}

class Solver {
  constructor(
    private readonly rod: Rod,
    private readonly monitor: Monitor,
    private readonly alpha: number,
  ) {}

  run(steps: number, every: number): void {
    for (let s = 0; s < steps; s++) {
      this.rod.step(this.alpha);
      if (s % every === 0) this.monitor.record(this.rod);
    }
  }
}

const rod = new Rod(9);
const monitor = new Monitor();
const solver = new Solver(rod, monitor, 0.25);

rod.heat(4, 100);
solver.run(12, 4);
console.log("spread per snapshot:", monitor.spread().map((v) => v.toFixed(2)));

// A probe starts as the live profile, then becomes its own adjusted copy.
let probe = rod.current;
console.log("probe total:", probe.sum());
probe = probe.add(5);
probe.imul(2);
console.log("adjusted probe:", probe.tolist());
console.log("live profile:", rod.current.tolist());

// Two independent scratch buffers swapped by a ping-pong smoother.
let front = rod.current.copy();
let back = zeros(front.size);
for (let k = 0; k < 3; k++) {
  for (let i = 1; i < front.size - 1; i++) {
    back.set(i, (Number(front.get(i - 1)) + Number(front.get(i)) + Number(front.get(i + 1))) / 3);
  }
  [front, back] = [back, front];
}
console.log("smoothed:", front.tolist());

const last = monitor.latest();
last.isub(last.mean());
console.log("latest snapshot, centred:", last.tolist());

console.log("heat after clamping:", rod.clampTotal(10).toFixed(3));
const reference = array([0, 0, 1, 3, 5, 3, 1, 0, 0]);
console.log("distance to reference:", rod.current.sub(reference).max());

// Bounces particles inside a box with pinned corner particles, using in-place slice updates, and prints drift from the start positions.
import { array, zeros, NDArray } from "ndalias";

const BOX_MIN = -1;
const BOX_MAX = 1;

class BoxSim {
  pos: NDArray;
  vel: NDArray;
  readonly start: NDArray;

  private constructor(pos: NDArray, vel: NDArray) {
    this.pos = pos;
    this.vel = vel;
    this.start = pos.copy();
  }

  static seeded(n: number, seed: number): BoxSim {
    const pos = zeros([n, 2]);
    const vel = zeros([n, 2]);
    let s = seed;
    const rand = (): number => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647;
    };
    for (let i = 0; i < n; i++) {
      pos.set([i, 0], 1.6 * rand() - 0.8);
      pos.set([i, 1], 1.6 * rand() - 0.8);
      vel.set([i, 0], 2 * rand() - 1);
      vel.set([i, 1], 2 * rand() - 1);
    }
    return new BoxSim(pos, vel);
  }

  pinEnds(): void {
    this.vel.slice(0).fill(0);
    this.vel.slice(-1).fill(0);
    this.pos.slice(0).assign(":", this.start.slice(0));
    this.pos.slice(-1).assign(":", this.start.slice(-1));
  }

  step(dt: number): void {
    this.pos.iadd(this.vel.mul(dt));
    for (let axis = 0; axis < 2; axis++) {
      for (let i = 0; i < this.pos.shape[0]; i++) {
        const x = this.pos.get(i, axis);
        if (x < BOX_MIN || x > BOX_MAX) {
          this.vel.set([i, axis], -this.vel.get(i, axis));
          this.pos.set([i, axis], Math.min(BOX_MAX, Math.max(BOX_MIN, x)));
        }
      }
    }
    this.pinEnds();
  }
}

const sim = BoxSim.seeded(6, 42);
const before = sim.pos.copy();
const firstRow = sim.pos.slice(0).copy();
const cornerSpeeds = sim.vel.slice("::5").copy();

sim.vel.slice("1:-1").imul(1.5);
sim.vel.T.slice(1).isub(0.1);
sim.pos.slice("1:3").flip(0).fill(0.25);

for (let t = 0; t < 40; t++) {
  sim.step(0.05);
}

sim.pos.slice("...", 0).imul(1.0 + 1e-3);

const drift = sim.pos.sub(before);
const driftNorm = Math.sqrt(drift.mul(drift).sum());

const grid = array([
  [0, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
]);
grid.slice(1, ":").fill(1);
grid.slice(":", 1).fill(2);
grid.T.slice(0).iadd(10);

console.log("start first row:", firstRow.tolist(), "now:", sim.pos.slice(0).tolist());
console.log("corner speeds at start:", cornerSpeeds.tolist());
console.log("drift norm:", driftNorm.toFixed(4), "pinned start:", sim.start.tolist());
console.log("grid:", grid.tolist());

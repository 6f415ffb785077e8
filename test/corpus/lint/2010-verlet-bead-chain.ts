// Verlet integrator for a hanging chain of beads: steps under gravity with distance constraints and reports per-step displacement.
import { array, zeros, NDArray } from "ndalias";

const GRAVITY = -9.81;

export class BeadChain {
  pos: NDArray;
  prev: NDArray;
  readonly spacing: number;

  private constructor(pos: NDArray, spacing: number) {
    this.pos = pos;
    this.prev = pos.copy();
    this.spacing = spacing;
  }

  static horizontal(n: number, spacing: number): BeadChain {
    const coords: number[][] = [];
    for (let i = 0; i < n; i++) {
      coords.push([i * spacing, 0]);
    }
    return new BeadChain(array(coords), spacing);
  }

  static fromPoints(points: number[][]): BeadChain {
    const pos = array(points);
    const first = pos.slice(0);
    const second = pos.slice(1);
    const d = first.sub(second);
    return new BeadChain(pos, Math.sqrt(d.mul(d).sum()));
  }

  get count(): number {
    return this.pos.shape[0];
  }

  step(dt: number): number {
    const before = this.pos;
    const velocity = this.pos.sub(this.prev);
    velocity.slice(":", 1).iadd(GRAVITY * dt * dt);
    this.prev = this.pos.copy();
    this.pos.iadd(velocity); // expect: no-alias-mutation
    const moved = this.pos.sub(before);
    return Math.sqrt(moved.mul(moved).sum());
  }

  satisfyConstraints(iterations: number): void {
    for (let it = 0; it < iterations; it++) {
      for (let i = 0; i + 1 < this.count; i++) {
        const dx = this.pos.get(i + 1, 0) - this.pos.get(i, 0);
        const dy = this.pos.get(i + 1, 1) - this.pos.get(i, 1);
        const len = Math.hypot(dx, dy) || 1e-9;
        const corr = (0.5 * (len - this.spacing)) / len;
        if (i > 0) {
          this.pos.set([i, 0], this.pos.get(i, 0) + dx * corr);
          this.pos.set([i, 1], this.pos.get(i, 1) + dy * corr);
        }
        this.pos.set([i + 1, 0], this.pos.get(i + 1, 0) - dx * corr);
        this.pos.set([i + 1, 1], this.pos.get(i + 1, 1) - dy * corr);
      }
    }
  }

  lowestPoint(): number {
    return this.pos.slice(":", 1).min();
  }
}

export function totalLength(chain: BeadChain): number {
  let total = 0;
  for (let i = 0; i + 1 < chain.count; i++) {
    const d = chain.pos.slice(i + 1).sub(chain.pos.slice(i));
    total += Math.sqrt(d.mul(d).sum());
  }
  return total;
}

export function swapAndBlend(chainA: BeadChain, chainB: BeadChain, weight: number): NDArray {
  let front = chainA.pos.copy();
  let back = chainB.pos.copy();
  for (let k = 0; k < 3; k++) {
    back.imul(1 - weight);
    back.iadd(front.mul(weight));
    [front, back] = [back, front];
  }
  return front;
}

export function settle(chain: BeadChain, steps: number, dt: number): number[] {
  const log: number[] = [];
  for (let s = 0; s < steps; s++) {
    log.push(chain.step(dt));
    chain.satisfyConstraints(4);
  }
  return log;
}

const chain = BeadChain.horizontal(6, 0.25);
const displacements = settle(chain, 5, 0.02);
const reference = BeadChain.fromPoints([
  [0, 0],
  [0.25, -0.1],
  [0.5, -0.15],
  [0.75, -0.1],
  [1.0, 0],
]);
const blended = swapAndBlend(reference, BeadChain.horizontal(5, 0.25), 0.3);
const scratch = zeros(displacements.length);
for (let i = 0; i < displacements.length; i++) {
  scratch.set(i, displacements[i]);
}

console.log("per-step displacement:", scratch.tolist());
console.log("lowest bead:", chain.lowestPoint(), "length:", totalLength(chain));
console.log("blended reference:", blended.tolist());

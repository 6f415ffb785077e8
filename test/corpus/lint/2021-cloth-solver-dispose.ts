// A disposable Verlet cloth solver with pinned corners: steps a square patch, reports its energy and snapshots, then frees its buffers.
import { array, zeros, NDArray } from "ndalias";

class ClothSolver implements Disposable {
  private pos: NDArray;
  private prev: NDArray;
  private readonly acc: NDArray;
  private readonly pins: NDArray;
  private readonly pinIdx: number[];

  private constructor(pos: NDArray, pinIdx: number[]) {
    this.pos = pos;
    this.prev = pos.copy();
    this.acc = zeros(pos.shape);
    this.pinIdx = pinIdx;
    this.pins = pos.take(pinIdx, 0);
  }

  static square(n: number, spacing: number): ClothSolver {
    const pts: number[][] = [];
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) pts.push([c * spacing, -r * spacing]);
    }
    return new ClothSolver(array(pts), [0, n - 1]);
  }

  static fromPoints(points: number[][], pinIdx: number[]): ClothSolver {
    return new ClothSolver(array(points), pinIdx);
  }

  setGravity(g: number): this {
    this.acc.fill(0);
    this.acc.slice(":", 1).fill(-g);
    return this;
  }

  step(dt: number, damping: number): number {
    const velocity = this.pos.sub(this.prev);
    velocity.imul(damping);
    this.prev = this.pos.copy();
    this.pos.iadd(velocity);
    this.pos.iadd(this.acc.mul(dt * dt));
    for (let k = 0; k < this.pinIdx.length; k++) {
      this.pos.slice(this.pinIdx[k]).assign(":", this.pins.slice(k));
    }
    return velocity.mul(velocity).sum() / (dt * dt);
  }

  lowest(): number {
    return this.pos.slice(":", 1).min();
  }

  snapshot(): NDArray {
    return this.pos.copy();
  }

  shiftPins(dx: number): number {
    this.pins.slice(":", 0).iadd(dx);
    return this.pins.slice(":", 0).mean();
  }

  [Symbol.dispose](): void {
    this.pos.dispose();
    this.prev.dispose();
    this.acc.dispose();
    this.pins.dispose();
  }
}

function runPatch(n: number, steps: number): { energy: number[]; frames: NDArray[] } {
  using solver = ClothSolver.square(n, 0.25).setGravity(9.81);
  const energy: number[] = [];
  const frames: NDArray[] = [];
  for (let s = 0; s < steps; s++) {
    energy.push(solver.step(0.016, 0.99));
    if (s % 2 === 0) frames.push(solver.snapshot());
  }
  console.log("pins centred at x =", solver.shiftPins(0.05), "lowest point:", solver.lowest());
  return { energy, frames };
}

function main(): void {
  const { energy, frames } = runPatch(3, 6);
  console.log("energy:", energy.map((e) => e.toFixed(5)).join(" "));
  const first = frames[0];
  const last = frames[frames.length - 1];
  const drop = first.slice(":", 1).sub(last.slice(":", 1));
  console.log("drop per particle:", drop.tolist());

  using strip = ClothSolver.fromPoints(
    [
      [0, 0],
      [0.3, 0],
      [0.6, 0],
    ],
    [0],
  );
  strip.setGravity(1.62);
  for (let s = 0; s < 3; s++) strip.step(0.05, 1.0);
  console.log("moon strip lowest:", strip.lowest(), "snapshot:", strip.snapshot().tolist());
}

main();

// Runs a small particle fountain for a few steps and prints the launch speeds, the landing spots and the particle ages.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface ParticleState {
  pos: NDArray;
  vel: NDArray;
  age: NDArray;
}

const DT = 0.1;
const GRAVITY = array([0, 9.81]);
const DRAG = 0.97;

const state: ParticleState = {
  pos: zeros([4, 2]),
  vel: array([
    [1.0, 4.0],
    [-1.0, 5.0],
    [0.5, 6.0],
    [-0.5, 3.0],
  ]),
  age: zeros(4),
};

class Fountain {
  static fromState(s: ParticleState): Fountain {
    return new Fountain(s.pos.copy(), s.vel.copy());
  }

  private constructor(
    private readonly origin: NDArray,
    private readonly launch: NDArray,
  ) {}

  *emit(count: number): Generator<NDArray> {
    for (let i = 0; i < count; i++) {
      const row = i % this.launch.shape[0];
      yield this.launch.slice(row).mul(1 + 0.1 * i);
    }
  }

  originOf(i: number): number[] {
    return this.origin.slice(i).tolist() as number[];
  }
}

function speedsSquared(vel: NDArray): NDArray {
  const sq = vel.mul(vel);
  return sq.slice(":", 0).add(sq.slice(":", 1));
}

function landed(pos: NDArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < pos.shape[0]; i++) {
    if (pos.get(i, 1) <= 0) out.push(i);
  }
  return out;
}

const fountain = Fountain.fromState(state);
const launchPos = state.pos.copy();
const launchVel = state.vel;

for (let t = 0; t < 8; t++) {
  state.pos.iadd(state.vel.mul(DT));
  state.vel.isub(GRAVITY.mul(DT)); // expect: no-alias-mutation
  state.age.iadd(DT);
  for (const i of landed(state.pos)) {
    if (state.age.get(i) > DT) state.pos.set([i, 1], 0);
  }
}

const dragged = state.vel.mul(DRAG);
dragged.slice(":", 0).imul(DRAG);

const extra: number[][] = [];
for (const v of fountain.emit(3)) {
  extra.push(v.tolist() as number[]);
}

console.log("launch speeds^2:", speedsSquared(launchVel).tolist());
console.log("launch positions:", launchPos.tolist(), "first origin:", fountain.originOf(0));
console.log("landing spots:", state.pos.slice(":", 0).tolist());
console.log("ages:", state.age.tolist(), "dragged:", dragged.tolist());
console.log("extra emissions:", extra);

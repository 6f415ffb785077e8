// Steps a small particle system through a pipeline of pure-looking transforms, keeps a replay history and prints each frame's energy.
// runnable
import { array, NDArray } from "ndalias";

interface ParticleState {
  readonly pos: NDArray;
  readonly vel: NDArray;
  readonly mass: NDArray;
  readonly t: number;
}

type Transform = (s: ParticleState, dt: number) => ParticleState;

const GRAVITY = array([0, -9.81]);
const RESTITUTION = 0.8;

function withGravity(s: ParticleState, dt: number): ParticleState {
  const vel = s.vel.add(GRAVITY.mul(dt));
  return { ...s, vel };
}

function withDrag(s: ParticleState, dt: number): ParticleState {
  const k = Math.exp(-0.1 * dt);
  return { ...s, vel: s.vel.mul(k) };
}

function integrate(s: ParticleState, dt: number): ParticleState {
  s.pos.iadd(s.vel.mul(dt)); // expect: no-alias-mutation
  return { ...s, t: s.t + dt };
}

function bounceFloor(s: ParticleState, _dt: number): ParticleState {
  const pos = s.pos.copy();
  const vel = s.vel.copy();
  const n = pos.shape[0];
  for (let i = 0; i < n; i++) {
    const y = pos.get(i, 1);
    if (y < 0) {
      pos.set([i, 1], -y);
      vel.set([i, 1], -RESTITUTION * vel.get(i, 1));
    }
  }
  return { ...s, pos, vel };
}

const pipeline: readonly Transform[] = [withGravity, withDrag, integrate, bounceFloor];

function advance(s: ParticleState, dt: number): ParticleState {
  return pipeline.reduce((acc, step) => step(acc, dt), s);
}

function kineticEnergy(s: ParticleState): number {
  let total = 0;
  for (let i = 0; i < s.mass.size; i++) {
    const vx = s.vel.get(i, 0);
    const vy = s.vel.get(i, 1);
    total += 0.5 * s.mass.get(i) * (vx * vx + vy * vy);
  }
  return total;
}

function potentialEnergy(s: ParticleState): number {
  let total = 0;
  for (let i = 0; i < s.mass.size; i++) {
    total += s.mass.get(i) * 9.81 * s.pos.get(i, 1);
  }
  return total;
}

function centreOfMass(s: ParticleState): number[] {
  const m = s.mass.sum();
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < s.mass.size; i++) {
    cx += s.mass.get(i) * s.pos.get(i, 0);
    cy += s.mass.get(i) * s.pos.get(i, 1);
  }
  return [cx / m, cy / m];
}

const initial: ParticleState = {
  pos: array([[0, 10], [2, 5], [4, 0.05]]),
  vel: array([[1, 0], [0, 2], [-1, -3]]),
  mass: array([1, 2, 0.5]),
  t: 0,
};

const history: ParticleState[] = [initial];
let current = initial;
for (let frame = 0; frame < 4; frame++) {
  current = advance(current, 0.05);
  history.push(current);
}

for (const s of history) {
  const e = kineticEnergy(s) + potentialEnergy(s);
  const [cx, cy] = centreOfMass(s);
  console.log(
    `t=${s.t.toFixed(2)}`,
    "pos:", s.pos.tolist(),
    "energy:", e.toFixed(3),
    "com:", cx.toFixed(2), cy.toFixed(2),
  );
}

const drift = current.pos.sub(initial.pos);
console.log("displacement since frame 0:", drift.tolist());

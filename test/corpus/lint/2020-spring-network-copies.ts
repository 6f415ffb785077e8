// Integrates a small spring-mass network into fresh state arrays each step and prints energies, the packed float32 state and a subset.
import { array, zeros, ones, NDArray } from "ndalias";

interface Spring {
  a: number;
  b: number;
  rest: number;
  k: number;
}

interface NetworkState {
  pos: NDArray;
  vel: NDArray;
}

const SPRINGS: Spring[] = [
  { a: 0, b: 1, rest: 1.0, k: 20 },
  { a: 1, b: 2, rest: 1.0, k: 20 },
  { a: 2, b: 0, rest: 1.2, k: 15 },
  { a: 2, b: 3, rest: 0.8, k: 30 },
];

function springForces(pos: NDArray, springs: Spring[]): NDArray {
  const f = zeros(pos.shape);
  for (const s of springs) {
    const d = pos.slice(s.b).sub(pos.slice(s.a));
    const len = Math.sqrt(d.mul(d).sum()) || 1e-9;
    d.imul((s.k * (len - s.rest)) / len);
    f.slice(s.a).iadd(d);
    f.slice(s.b).isub(d);
  }
  return f;
}

function step(state: NetworkState, masses: NDArray, dt: number): NetworkState {
  const acc = springForces(state.pos, SPRINGS);
  acc.slice(":", 0).idiv(masses);
  acc.slice(":", 1).idiv(masses);
  const vel = state.vel.add(acc.mul(dt));
  vel.imul(0.99);
  const pos = state.pos.add(vel.mul(dt));
  pos.slice(0).fill(0);
  return { pos, vel };
}

function kineticEnergy(state: NetworkState, masses: NDArray): number {
  const v2 = state.vel.mul(state.vel);
  const perParticle = v2.slice(":", 0).add(v2.slice(":", 1));
  perParticle.imul(masses);
  return 0.5 * perParticle.sum();
}

function packForGpu(state: NetworkState): NDArray {
  const packed = state.pos.flatten().astype("float32");
  packed.imul(1000);
  return packed;
}

const masses = ones(4);
masses.set(3, 0.5);

let state: NetworkState = {
  pos: array([
    [0, 0],
    [1.2, 0],
    [0.5, 1.1],
    [0.6, 2.0],
  ]),
  vel: zeros([4, 2]),
};
const initial = state;

const energies: number[] = [];
for (let t = 0; t < 10; t++) {
  state = step(state, masses, 0.02);
  energies.push(kineticEnergy(state, masses));
}

const tail = state.pos.take([2, 3], 0);
tail.isub(state.pos.slice(2));
const flatVel = state.vel.flatten();
flatVel.imul(2);
const heavy = masses.astype("int32");
heavy.iadd(1);

const displacement = state.pos.sub(initial.pos);
displacement.imul(100);

console.log("kinetic energy:", energies.map((e) => e.toFixed(4)).join(" "));
console.log("packed (mm):", packForGpu(state).tolist());
console.log("tail relative to particle 2:", tail.tolist());
console.log("doubled velocity:", flatVel.tolist(), "mass classes:", heavy.tolist());
console.log("displacement (cm):", displacement.tolist(), "start:", initial.pos.tolist());

// Integrates a small particle system with ping-pong position buffers and prints the final positions and the centre of mass.
import { array, zeros, NDArray } from "ndalias";

interface ParticleState {
  current: NDArray;
  next: NDArray;
  velocity: NDArray;
}

const count = 4;
const gravity = -9.81;
const restitution = 0.6;

const state: ParticleState = {
  current: array([[0, 10], [1, 12], [2, 9], [3, 11]]),
  next: zeros([count, 2]),
  velocity: array([[0.5, 0], [0, 0], [-0.5, 1], [0.2, -0.3]]),
};

function step(s: ParticleState, dt: number): void {
  for (let i = 0; i < count; i++) {
    s.velocity.set([i, 1], s.velocity.get(i, 1) + gravity * dt);
    for (let k = 0; k < 2; k++) {
      s.next.set([i, k], s.current.get(i, k) + s.velocity.get(i, k) * dt);
    }
    if (s.next.get(i, 1) < 0) {
      s.next.set([i, 1], 0);
      s.velocity.set([i, 1], -s.velocity.get(i, 1) * restitution);
    }
  }
  [s.current, s.next] = [s.next, s.current];
}

function centreOfMass(positions: NDArray): [number, number] {
  return [positions.slice(":", 0).mean(), positions.slice(":", 1).mean()];
}

const frames = 30;
for (let f = 0; f < frames; f++) {
  step(state, 1 / 60);
}

const positions = state.current;
const previousFrame = state.next;
console.log("positions:", positions.tolist());
console.log("moved since last frame:", positions.sub(previousFrame).tolist());
const [cx, cy] = centreOfMass(positions);
console.log(`centre of mass: (${cx.toFixed(3)}, ${cy.toFixed(3)})`);

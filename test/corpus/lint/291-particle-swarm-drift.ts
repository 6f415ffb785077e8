// Advances a 2-D particle swarm with wall reflection and damping, then reports horizontal drift and the speed lost to damping.
// runnable
import { array, NDArray } from "ndalias";

interface SwarmState {
  positions: NDArray; // n x 2
  velocities: NDArray; // n x 2
  masses: NDArray; // n
}

const DT = 0.05;
const DAMPING = 0.98;
const WALL = 10;

function kineticEnergy(state: SwarmState): number {
  const v2 = state.velocities.mul(state.velocities);
  let energy = 0;
  for (let i = 0; i < state.masses.size; i++) {
    energy += 0.5 * state.masses.get(i) * (v2.get(i, 0) + v2.get(i, 1));
  }
  return energy;
}

function reflectWalls(state: SwarmState): void {
  const n = state.positions.shape[0];
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < 2; d++) {
      const p = state.positions.get(i, d);
      if (Math.abs(p) > WALL) {
        state.positions.set([i, d], Math.sign(p) * WALL);
        state.velocities.set([i, d], -state.velocities.get(i, d));
      }
    }
  }
}

const swarm: SwarmState = {
  positions: array([[0, 0], [9.99, 1], [-3, 4], [5, -9.95]]),
  velocities: array([[1, 0.5], [2, 0], [-1, 1], [0.5, -3]]),
  masses: array([1, 2, 1, 0.5]),
};

const snapshot = swarm.positions.copy();
const startX = swarm.positions.slice(":", 0);
const startEnergy = kineticEnergy(swarm);

for (let step = 0; step < 3; step++) {
  swarm.positions.iadd(swarm.velocities.mul(DT)); // expect: no-view-mutation
  reflectWalls(swarm);
}

const nowX = swarm.positions.slice(":", 0).copy();
const drift = nowX.sub(startX);
console.log("horizontal drift per particle:", drift.tolist());
console.log("total displacement:", swarm.positions.sub(snapshot).sum());

const dampedVelocities = swarm.velocities;
dampedVelocities.imul(DAMPING); // expect: no-alias-mutation
const speedLoss = swarm.velocities.sub(dampedVelocities);
console.log("speed lost to damping:", speedLoss.tolist());
console.log("energy before / after:", startEnergy, kineticEnergy({ ...swarm, velocities: dampedVelocities }));

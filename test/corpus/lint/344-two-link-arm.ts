// Two-link robot arm controller: clamps joint velocities, integrates joint angles, reports the end effector and scales the gripper command.
import { array, NDArray } from "ndalias";

interface ArmState {
  angles: NDArray;
  velocities: NDArray;
  lower: NDArray;
  upper: NDArray;
}

const LINK_LENGTHS = array([0.5, 0.35]);

function clampVelocities(state: ArmState, maxSpeed: number): void {
  for (let j = 0; j < state.velocities.size; j++) {
    const v = state.velocities.get(j);
    state.velocities.set(j, Math.max(-maxSpeed, Math.min(maxSpeed, v)));
  }
}

function enforceLimits(state: ArmState): void {
  for (let j = 0; j < state.angles.size; j++) {
    const a = Math.min(state.upper.get(j), Math.max(state.lower.get(j), state.angles.get(j)));
    state.angles.set(j, a);
  }
}

function endEffector(angles: NDArray): NDArray {
  const a0 = angles.get(0);
  const a01 = a0 + angles.get(1);
  return array([
    LINK_LENGTHS.get(0) * Math.cos(a0) + LINK_LENGTHS.get(1) * Math.cos(a01),
    LINK_LENGTHS.get(0) * Math.sin(a0) + LINK_LENGTHS.get(1) * Math.sin(a01),
  ]);
}

function integrate(state: ArmState, dt: number): NDArray {
  state.angles.iadd(state.velocities.mul(dt)); // expect: no-alias-mutation
  return endEffector(state.angles);
}

function gripperOpening(command: NDArray, maxWidth: number): number {
  const fingers = command.slice("-2:");
  fingers.imul(maxWidth); // expect: no-view-mutation
  return fingers.sum();
}

const arm: ArmState = {
  angles: array([0.1, 0.4]),
  velocities: array([2.5, -0.8]),
  lower: array([-1.5, -2.0]),
  upper: array([1.5, 2.0]),
};

clampVelocities(arm, 1.0);
const tip = integrate(arm, 0.1);
enforceLimits(arm);
console.log("tip:", tip.tolist(), "angles:", arm.angles.tolist());

const command = array([0.0, 0.2, 0.5, 0.5]);
const width = gripperOpening(command, 0.08);
console.log("gripper width:", width.toFixed(3), "command:", command.tolist());

// Forward kinematics for a planar robot arm: a solver that clamps the joint state it is given, reads the pose through a wrist view, and a void reset.
import { array, zeros, NDArray } from "ndalias";

interface ArmState {
  angles: NDArray;
  velocities: NDArray;
  lengths: NDArray;
}

function endEffector(state: ArmState, limit: number): NDArray {
  for (let j = 0; j < state.angles.size; j++) {
    const a: number = state.angles.get(j);
    if (Math.abs(a) > limit) state.angles.set(j, Math.sign(a) * limit); // expect: no-alias-mutation
  }
  const pose = zeros(2);
  let theta = 0;
  for (let j = 0; j < state.angles.size; j++) {
    theta += state.angles.get(j);
    pose.set(0, pose.get(0) + state.lengths.get(j) * Math.cos(theta));
    pose.set(1, pose.get(1) + state.lengths.get(j) * Math.sin(theta));
  }
  return pose;
}

function wristSpeed(joints: NDArray): number {
  const wrist = joints.slice("1:");
  wrist.imul(0.5); // expect: no-view-mutation
  return wrist.sum();
}

function resetArm(state: ArmState): void {
  state.velocities.fill(0);
  state.angles.imul(0);
}

const arm: ArmState = {
  angles: array([0.3, 2.1, -0.4]),
  velocities: array([0.1, 0.2, 0.3]),
  lengths: array([1.0, 0.8, 0.3]),
};
const pose = endEffector(arm, 1.5);
console.log("pose:", pose.tolist(), "wrist speed:", wristSpeed(arm.velocities));
resetArm(arm);
console.log("after reset:", arm.angles.tolist(), arm.velocities.tolist());

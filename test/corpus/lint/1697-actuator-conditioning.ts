// Actuator command conditioning for a six-joint arm: deadband, saturation and rate limiting applied in place before commands are logged.
import { array, zeros, full, NDArray } from "ndalias";

interface JointState {
  name: string;
  position: NDArray;
  velocity: NDArray;
  effort: NDArray;
}

function applyDeadband(u: NDArray, band: number): void {
  for (let i = 0; i < u.size; i++) {
    if (Math.abs(u.data[i] as number) < band) u.data[i] = 0;
  }
}

function saturate(u: NDArray, limits: NDArray): void {
  for (let i = 0; i < u.size; i++) {
    const lim = limits.get(i);
    u.set(i, Math.max(-lim, Math.min(lim, u.get(i))));
  }
}

function rateLimit(u: NDArray, previous: NDArray, maxDelta: number): void {
  const step = u.sub(previous);
  for (let i = 0; i < step.size; i++) {
    const d = step.get(i);
    if (Math.abs(d) > maxDelta) step.set(i, Math.sign(d) * maxDelta);
  }
  u.assign(":", previous.add(step));
}

function zeroWristRoll(jacobian: NDArray): void {
  const wristRow = jacobian.slice(5);
  wristRow.fill(0);
}

function scaleEfforts(joints: JointState[], factor: number): void {
  for (const joint of joints) joint.effort.imul(factor);
}

function commandNorm(u: NDArray): number {
  return Math.sqrt(u.mul(u).sum());
}

const jointNames = ["base", "shoulder", "elbow", "wrist1", "wrist2", "wrist3"];
const joints: JointState[] = jointNames.map((name, i) => ({
  name,
  position: array([0.1 * i]),
  velocity: array([0.05 * (i - 2)]),
  effort: array([1 + i]),
}));

joints.forEach((j) => j.velocity.fill(0));
joints.forEach((j) => {
  j.position.iadd(0.01);
});
scaleEfforts(joints, 0.9);

const raw = array([0.01, -0.8, 1.7, 0.02, -2.5, 0.4]);
const limits = array([1.0, 1.0, 1.5, 2.0, 2.0, 2.0]);
const previousCommand = zeros(6);

const command = raw.copy();
applyDeadband(command, 0.05);
saturate(command, limits);
rateLimit(command, previousCommand, 0.5);
console.log("raw:", raw.tolist());
console.log("conditioned:", command.tolist(), "norm:", commandNorm(command).toFixed(3));

const commandLog = zeros([3, 6]);
commandLog.assign("0", raw);
commandLog.assign("1", command);
const secondCommand = full(6, 0.9);
rateLimit(secondCommand, command, 0.5);
commandLog.assign("2", secondCommand);
console.log("command log:", commandLog.tolist());

const jacobian = array([
  [1, 0, 0, 0, 0, 0],
  [0, 1, 0, 0, 0, 0],
  [0, 0, 1, 0, 0, 0],
  [0, 0, 0, 1, 0, 0],
  [0, 0, 0, 0, 1, 0],
  [0.2, 0.1, 0, 0, 0, 1],
]);
zeroWristRoll(jacobian);
console.log("jacobian rank proxy:", jacobian.sum());

for (const j of joints) {
  console.log(j.name, j.position.tolist(), j.velocity.tolist(), j.effort.tolist());
}
console.log("effort total:", joints.reduce((acc, j) => acc + j.effort.sum(), 0));
console.log("previous command untouched:", previousCommand.tolist());

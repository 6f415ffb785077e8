// Leader-follower formation control for two ground robots: pairs them, computes follower velocity commands and scales them near obstacles.
import { array, zeros, NDArray } from "ndalias";

class Robot {
  pose: NDArray;
  velocity: NDArray;
  leader: Robot | null = null;
  follower: Robot | null = null;

  constructor(readonly id: string, x: number, y: number) {
    this.pose = array([x, y, 0]);
    this.velocity = zeros(2);
  }

  integrate(dt: number): void {
    this.pose.slice(":2").iadd(this.velocity.mul(dt));
    const speed = Math.hypot(this.velocity.get(0), this.velocity.get(1));
    if (speed > 1e-6) this.pose.set(2, Math.atan2(this.velocity.get(1), this.velocity.get(0)));
  }
}

function pairFormation(leaderId: string, followerId: string): { leader: Robot; follower: Robot } {
  const leader = new Robot(leaderId, 0, 0);
  const follower = new Robot(followerId, -1, 0.5);
  follower.leader = leader;
  leader.follower = follower; // expect: no-reference-cycle
  return { leader, follower };
}

function followerCommand(follower: Robot, offset: NDArray, gain: number): NDArray {
  const leader = follower.leader;
  if (!leader) return zeros(2);
  const target = leader.pose.slice(":2").add(offset);
  const error = target.sub(follower.pose.slice(":2"));
  error.imul(gain);
  error.iadd(leader.velocity);
  return error;
}

function limitSpeed(command: NDArray, maxSpeed: number): void {
  const speed = Math.hypot(command.get(0), command.get(1));
  if (speed > maxSpeed) command.imul(maxSpeed / speed);
}

function nearestObstacle(position: NDArray, obstacles: NDArray): number {
  let best = Infinity;
  for (let i = 0; i < obstacles.shape[0]; i++) {
    const d = obstacles.slice(i).sub(position);
    best = Math.min(best, Math.sqrt(d.mul(d).sum()));
  }
  return best;
}

const { leader, follower } = pairFormation("alpha", "bravo");
const offset = array([-1, 0.5]);
const obstacles = array([[1.2, 0.9], [2.5, -0.4], [0.4, 1.6]]);
const dt = 0.1;

for (let k = 0; k < 10; k++) {
  leader.velocity = array([0.5, 0.05 * Math.sin(k * 0.3)]);
  const cmd = followerCommand(follower, offset, 0.8);
  limitSpeed(cmd, 0.8);
  follower.velocity.assign(":", cmd);
  leader.integrate(dt);
  follower.integrate(dt);
}

const nominal = followerCommand(follower, offset, 0.8);
const avoidance = array([0.1, -0.3]);
const clearance = nearestObstacle(follower.pose.slice(":2"), obstacles);
const safetyRadius = 0.9;

const command = clearance < safetyRadius ? avoidance : nominal;
command.imul(Math.min(1, clearance / safetyRadius)); // expect: no-alias-mutation
follower.velocity.assign(":", command);

console.log("clearance:", clearance.toFixed(3));
console.log("nominal follower command:", nominal.tolist());
console.log("avoidance command:", avoidance.tolist());
console.log("applied velocity:", follower.velocity.tolist());
console.log("leader pose:", leader.pose.tolist(), "follower pose:", follower.pose.tolist());

const spacing = leader.pose.slice(":2").sub(follower.pose.slice(":2"));
console.log("formation spacing:", spacing.tolist(), "target:", offset.mul(-1).tolist());
console.log("pairing:", follower.leader?.id, "->", leader.follower?.id);

// Leader-follower formation control for a small swarm of ground robots, with wingman pairs that share obstacle warnings.
import { array, zeros, NDArray } from "ndalias";

class SwarmRobot {
  pose: NDArray;
  readonly offset: NDArray;
  leader: SwarmRobot | null = null;
  wingman: SwarmRobot | null = null;
  warning = false;

  constructor(
    readonly id: string,
    pose: number[],
    offset: number[],
  ) {
    this.pose = array(pose);
    this.offset = array(offset);
  }

  // Moves toward the leader's position plus this robot's slot offset; returns the remaining distance.
  track(gain: number, dt: number): number {
    if (this.leader === null || this.leader === this) return 0;
    const slot = this.leader.pose.add(this.offset);
    const error = slot.sub(this.pose);
    this.pose.iadd(error.mul(gain * dt));
    return Math.hypot(error.get(0), error.get(1));
  }

  raiseWarning(): void {
    this.warning = true;
    if (this.wingman) this.wingman.warning = true;
  }
}

function electLeader(robot: SwarmRobot): void {
  robot.leader = robot; // expect: no-reference-cycle
  robot.offset.fill(0);
}

function follow(follower: SwarmRobot, leader: SwarmRobot): void {
  follower.leader = leader;
}

function pairWingmen(a: SwarmRobot, b: SwarmRobot): void {
  a.wingman = b;
  b.wingman = a; // expect: no-reference-cycle
}

function centroid(robots: SwarmRobot[]): NDArray {
  const c = zeros(2);
  for (const r of robots) c.iadd(r.pose);
  c.idiv(robots.length);
  return c;
}

const robots = [
  new SwarmRobot("alpha", [0, 0], [0, 0]),
  new SwarmRobot("bravo", [-1.5, 0.8], [-1, 1]),
  new SwarmRobot("charlie", [-1.2, -1.1], [-1, -1]),
  new SwarmRobot("delta", [-3.0, 1.4], [-2, 2]),
  new SwarmRobot("echo", [-2.7, -2.2], [-2, -2]),
];

const lead = robots[0];
electLeader(lead);
for (const r of robots.slice(1)) follow(r, lead);
pairWingmen(robots[1], robots[2]);
pairWingmen(robots[3], robots[4]);

const waypoints = array([
  [2, 0],
  [4, 1],
  [6, 1],
]);
const dt = 0.2;
for (let w = 0; w < waypoints.shape[0]; w++) {
  const target = waypoints.slice(w);
  for (let step = 0; step < 10; step++) {
    const toTarget = target.sub(lead.pose);
    lead.pose = lead.pose.add(toTarget.mul(0.5 * dt));
    let worst = 0;
    for (const r of robots) worst = Math.max(worst, r.track(1.5, dt));
    if (step === 9) console.log(`waypoint ${w}: worst slot error ${worst.toFixed(3)}`);
  }
}

robots[3].raiseWarning();
console.log("formation centroid:", centroid(robots).tolist());
for (const r of robots) {
  console.log(r.id, r.pose.tolist(), r.warning ? "warning" : "clear", r.leader?.id ?? "-", r.wingman?.id ?? "-");
}

// Robot joint controller: joint states are plain objects of arrays; a void integrator advances the state it is given, speed and effort queries accidentally modify the caller's state, and a four-bar linkage is closed into a ring of links.
import { array, zeros, NDArray } from "ndalias";

export interface JointState {
  angle: NDArray;
  vel: NDArray;
  torque: NDArray;
}

export class Link {
  next: Link | null = null;
  constructor(readonly name: string, readonly pose: NDArray) {}
}

export function makeState(n: number): JointState {
  return { angle: zeros(n), vel: zeros(n), torque: zeros(n) };
}

export function snapshot(s: JointState): JointState {
  return { angle: s.angle.copy(), vel: s.vel.copy(), torque: s.torque.copy() };
}

export function integrate(state: JointState, dt: number): void {
  state.vel.iadd(state.torque.mul(dt));
  state.angle.iadd(state.vel.mul(dt));
  state.torque.fill(0);
}

export function peakSpeed(state: JointState, limit: number): number {
  const speed = state.vel;
  for (let i = 0; i < speed.size; i++) {
    speed.set(i, Math.min(limit, Math.abs(speed.get(i)))); // expect: no-alias-mutation
  }
  return speed.max();
}

function checkedTorque(torque: NDArray, cap: number): NDArray {
  if (torque.max() > cap) throw new RangeError(`torque ${torque.max()} exceeds cap ${cap}`);
  return torque;
}

export function compensatedEffort(state: JointState, gravity: NDArray): number {
  const cmd = checkedTorque(state.torque, 5);
  cmd.iadd(gravity); // expect: no-alias-mutation
  return cmd.mul(cmd).sum();
}

export function trajectory(start: JointState, steps: number, dt: number): number[][] {
  const sim = snapshot(start);
  const out: number[][] = [];
  for (let k = 0; k < steps; k++) {
    sim.torque.assign(":", start.torque);
    integrate(sim, dt);
    out.push(sim.angle.tolist() as number[]);
  }
  return out;
}

export function buildSerialArm(lengths: number[]): Link {
  const links = lengths.map((len, i) => new Link(`arm${i}`, array([len, 0, 0])));
  for (let i = 0; i + 1 < links.length; i++) links[i].next = links[i + 1];
  return links[0];
}

export function buildFourBar(lengths: [number, number, number, number]): Link {
  const [crank, coupler, rocker, ground] = lengths.map((len, i) => new Link(`bar${i}`, array([len, 0, 0])));
  crank.next = coupler;
  coupler.next = rocker;
  rocker.next = ground;
  ground.next = crank; // expect: no-reference-cycle
  return crank;
}

export function reach(root: Link): number {
  const seen = new Set<Link>();
  let total = 0;
  for (let l: Link | null = root; l !== null && !seen.has(l); l = l.next) {
    seen.add(l);
    total += l.pose.get(0);
  }
  return total;
}

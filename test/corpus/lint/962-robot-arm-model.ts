// Planar serial-arm model: links with mass properties joined by revolute joints, forward kinematics and centre of mass.
import { array, eye, zeros, NDArray } from "ndalias";

class Link {
  readonly com: NDArray;
  readonly inertia: NDArray;
  parentJoint: Joint | null = null;
  robot: Robot | null = null;

  constructor(
    readonly name: string,
    readonly mass: number,
    readonly length: number,
  ) {
    this.com = array([length / 2, 0]);
    this.inertia = eye(2).mul((mass * length * length) / 12);
  }
}

class Joint {
  readonly axisLimits: NDArray;
  child: Link | null = null;
  angle = 0;

  constructor(
    readonly name: string,
    readonly parent: Link,
    lower: number,
    upper: number,
  ) {
    this.axisLimits = array([lower, upper]);
  }

  clampAngle(q: number): number {
    return Math.min(this.axisLimits.get(1), Math.max(this.axisLimits.get(0), q));
  }
}

class Robot {
  readonly base: Link;
  readonly q: NDArray;

  constructor(
    readonly name: string,
    dof: number,
  ) {
    this.q = zeros(dof);
    this.base = new Link(`${name}_base`, 4.0, 0.1);
    this.base.robot = this; // expect: no-reference-cycle
  }

  setConfiguration(q: NDArray): void {
    this.q.assign(":", q);
  }
}

function attach(name: string, parent: Link, child: Link, lower: number, upper: number): Joint {
  const joint = new Joint(name, parent, lower, upper);
  joint.child = child;
  child.parentJoint = joint; // expect: no-reference-cycle
  return joint;
}

function chainTo(tip: Link): Joint[] {
  const joints: Joint[] = [];
  for (let j = tip.parentJoint; j !== null; j = j.parent.parentJoint) {
    joints.unshift(j);
  }
  return joints;
}

function forwardKinematics(robot: Robot, tip: Link): NDArray {
  const joints = chainTo(tip);
  const frames = zeros([joints.length + 1, 3]);
  let x = robot.base.length;
  let y = 0;
  let theta = 0;
  frames.assign(0, array([x, y, theta]));
  joints.forEach((joint, k) => {
    theta += joint.clampAngle(robot.q.get(k));
    const len = joint.child ? joint.child.length : 0;
    x += len * Math.cos(theta);
    y += len * Math.sin(theta);
    frames.assign(k + 1, array([x, y, theta]));
  });
  return frames;
}

function centreOfMass(robot: Robot, tip: Link): NDArray {
  const frames = forwardKinematics(robot, tip);
  const joints = chainTo(tip);
  const weighted = zeros(2);
  let total = 0;
  joints.forEach((joint, k) => {
    const link = joint.child;
    if (!link) return;
    const theta = frames.get(k + 1, 2);
    const start = frames.slice(k, ":2");
    const mid = array([Math.cos(theta), Math.sin(theta)]).mul(link.com.get(0)).add(start);
    weighted.iadd(mid.mul(link.mass));
    total += link.mass;
  });
  return weighted.div(total);
}

const arm = new Robot("scara", 3);
const upper = new Link("upper_arm", 1.6, 0.35);
const fore = new Link("forearm", 1.1, 0.3);
const hand = new Link("hand", 0.4, 0.08);
attach("shoulder", arm.base, upper, -2.6, 2.6);
attach("elbow", upper, fore, -2.4, 2.4);
attach("wrist", fore, hand, -3.1, 3.1);

arm.setConfiguration(array([0.4, -0.9, 0.3]));
const frames = forwardKinematics(arm, hand);
console.log("joint frames (x, y, theta):", frames.tolist());
console.log("tool point:", frames.slice(-1, ":2").tolist());
console.log("centre of mass:", centreOfMass(arm, hand).tolist());
console.log("chain:", chainTo(hand).map((j) => `${j.parent.name}->${j.child?.name}`).join(", "));

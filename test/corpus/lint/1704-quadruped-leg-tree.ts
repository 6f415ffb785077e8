// Kinematic tree for a quadruped: leg links point to their parent only, foot positions come from root-to-tip composition, and buffers are registered per leg.
import { array, empty, eye, zeros, NDArray } from "ndalias";

class Link {
  transform: NDArray;
  readonly parent: Link | null;

  constructor(readonly name: string, parent: Link | null, dx: number, dy: number) {
    this.parent = parent;
    this.transform = eye(3);
    this.transform.set([0, 2], dx);
    this.transform.set([1, 2], dy);
  }

  setJointAngle(theta: number): void {
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    this.transform.assign(":2, :2", array([[c, -s], [s, c]]));
  }
}

interface GaitKeyframe {
  angles: NDArray;
  next: GaitKeyframe | null;
}

function matmul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++) {
    for (let j = 0; j < b.shape[1]; j++) {
      let acc = 0;
      for (let k = 0; k < a.shape[1]; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function worldTransform(link: Link): NDArray {
  let T = eye(3);
  for (let p: Link | null = link; p; p = p.parent) {
    T = matmul(p.transform, T);
  }
  return T;
}

function buildLeg(body: Link, prefix: string, hipX: number, hipY: number): Link[] {
  const hip = new Link(`${prefix}_hip`, body, hipX, hipY);
  const thigh = new Link(`${prefix}_thigh`, hip, 0, -0.05);
  const shin = new Link(`${prefix}_shin`, thigh, 0, -0.2);
  const foot = new Link(`${prefix}_foot`, shin, 0, -0.2);
  return [hip, thigh, shin, foot];
}

function buildGait(): GaitKeyframe {
  const stance: GaitKeyframe = { angles: array([0, 0.6, -1.2]), next: null };
  const lift: GaitKeyframe = { angles: array([0, 0.9, -1.6]), next: null };
  const swing: GaitKeyframe = { angles: array([0.1, 0.4, -0.9]), next: null };
  stance.next = lift;
  lift.next = swing;
  return stance;
}

const body = new Link("body", null, 0, 0);
const legs = {
  fl: buildLeg(body, "fl", 0.25, 0.1),
  fr: buildLeg(body, "fr", 0.25, -0.1),
  rl: buildLeg(body, "rl", -0.25, 0.1),
  rr: buildLeg(body, "rr", -0.25, -0.1),
};

const legBuffers = empty(4, "object");
const registry = empty(2, "object");
Object.values(legs).forEach((leg, i) => {
  const table = empty(leg.length, "object");
  leg.forEach((link, j) => table.set(j, link.transform));
  legBuffers.set(i, table);
});
registry.set(0, legBuffers);
registry.set(1, body.transform);

let frame: GaitKeyframe | null = buildGait();
while (frame) {
  for (const leg of Object.values(legs)) {
    leg[1].setJointAngle(frame.angles.get(1));
    leg[2].setJointAngle(frame.angles.get(2));
  }
  const foot = worldTransform(legs.fl[3]);
  console.log("front-left foot:", foot.get(0, 2).toFixed(3), foot.get(1, 2).toFixed(3));
  frame = frame.next;
}

const footHeights = zeros(4);
Object.values(legs).forEach((leg, i) => footHeights.set(i, worldTransform(leg[3]).get(1, 2)));
console.log("foot y in body frame:", footHeights.tolist());

const flTable: NDArray = legBuffers.get(0);
const thighTransform: NDArray = flTable.get(1);
console.log("registered thigh transform:", thighTransform.tolist());
console.log("registered legs:", legBuffers.size, "registry entries:", registry.size);
console.log("body parent:", body.parent?.name ?? "none", "foot parent:", legs.rr[3].parent?.name);

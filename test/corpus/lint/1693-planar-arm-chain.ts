// Planar three-link arm built from linked joints: attaches the links, computes forward kinematics and inverts the tool transform for a grasp.
import { array, eye, zeros, NDArray } from "ndalias";

class Joint {
  transform: NDArray;
  parent: Joint | null = null;
  child: Joint | null = null;
  angle = 0;

  constructor(readonly name: string, readonly length: number) {
    this.transform = eye(3);
    this.transform.set([0, 2], length);
  }

  setAngle(theta: number): void {
    this.angle = theta;
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    this.transform.assign(":2, :2", array([[c, -s], [s, c]]));
    this.transform.set([0, 2], this.length * c);
    this.transform.set([1, 2], this.length * s);
  }
}

function attach(parent: Joint, child: Joint): void {
  parent.child = child;
  child.parent = parent; // expect: no-reference-cycle
}

function matmul(a: NDArray, b: NDArray): NDArray {
  const n = a.shape[0];
  const inner = a.shape[1];
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let p = 0; p < inner; p++) acc += a.get(i, p) * b.get(p, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function forwardKinematics(base: Joint): NDArray {
  let world = eye(3);
  let node: Joint | null = base;
  while (node) {
    world = matmul(world, node.transform);
    node = node.child;
  }
  return world;
}

function chainLength(base: Joint): number {
  let total = 0;
  for (let node: Joint | null = base; node; node = node.child) total += node.length;
  return total;
}

function invertTransform(T: NDArray): NDArray {
  const rotation = T.slice(":2", ":2");
  const translation = T.slice(":2", 2);
  const inv = eye(3);
  inv.assign(":2, :2", rotation.T);
  translation.imul(-1); // expect: no-view-mutation
  for (let i = 0; i < 2; i++) {
    const value = rotation.get(0, i) * translation.get(0) + rotation.get(1, i) * translation.get(1);
    inv.set([i, 2], value);
  }
  return inv;
}

function applyTransform(T: NDArray, point: number[]): number[] {
  const p = array([point[0], point[1], 1]);
  const out: number[] = [];
  for (let i = 0; i < 2; i++) {
    out.push(T.get(i, 0) * p.get(0) + T.get(i, 1) * p.get(1) + T.get(i, 2) * p.get(2));
  }
  return out;
}

function toolPosition(world: NDArray): [number, number] {
  return [world.get(0, 2), world.get(1, 2)];
}

const shoulder = new Joint("shoulder", 0.4);
const elbow = new Joint("elbow", 0.3);
const wrist = new Joint("wrist", 0.1);
attach(shoulder, elbow);
attach(elbow, wrist);

shoulder.setAngle(Math.PI / 6);
elbow.setAngle(-Math.PI / 4);
wrist.setAngle(Math.PI / 12);

const tool = forwardKinematics(shoulder);
const [tx, ty] = toolPosition(tool);
console.log(`tool at (${tx.toFixed(3)}, ${ty.toFixed(3)}), reach ${chainLength(shoulder).toFixed(2)} m`);

const toolInverse = invertTransform(tool);
const objectInWorld = [0.55, 0.12];
const objectInTool = applyTransform(toolInverse, objectInWorld);
console.log("object in tool frame:", objectInTool.map((v) => v.toFixed(3)));

const roundTrip = matmul(tool, toolInverse);
console.log("T * T^-1:", roundTrip.tolist());
console.log("tool transform:", tool.tolist());

let node: Joint | null = shoulder;
while (node) {
  console.log(node.name, "angle", node.angle.toFixed(3), "parent", node.parent?.name ?? "-");
  node = node.child;
}

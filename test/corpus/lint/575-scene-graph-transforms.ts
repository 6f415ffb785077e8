// Builds a small 2-D scene graph: nodes own their transforms and children, keyframes form a forward chain, and asset tables nest without cycles.
import { array, empty, eye, zeros, NDArray } from "ndalias";

class SceneNode {
  readonly children: SceneNode[] = [];
  transform: NDArray;
  world: NDArray | null = null;
  constructor(readonly name: string, tx: number, ty: number) {
    this.transform = eye(3);
    this.transform.set([0, 2], tx);
    this.transform.set([1, 2], ty);
  }
  attach(child: SceneNode): SceneNode {
    this.children.push(child);
    return child;
  }
}

class Keyframe {
  next: Keyframe | null = null;
  constructor(readonly time: number, readonly pose: NDArray) {}
}

function compose(a: NDArray, b: NDArray): NDArray {
  const out = zeros([3, 3]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 3; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function resolveWorld(node: SceneNode, parentWorld: NDArray, out: Map<string, NDArray>): void {
  const world = compose(parentWorld, node.transform);
  node.world = world;
  out.set(node.name, world);
  for (const child of node.children) resolveWorld(child, world, out);
}

function buildTrack(poses: number[][]): Keyframe {
  const first = new Keyframe(0, array(poses[0]));
  let tail = first;
  for (let i = 1; i < poses.length; i++) {
    const frame = new Keyframe(i * 0.5, array(poses[i]));
    tail.next = frame;
    tail = frame;
  }
  return first;
}

const root = new SceneNode("root", 0, 0);
const arm = root.attach(new SceneNode("arm", 2, 0));
const hand = arm.attach(new SceneNode("hand", 1, 0.5));
hand.attach(new SceneNode("finger", 0.25, 0));

const worlds = new Map<string, NDArray>();
resolveWorld(root, eye(3), worlds);
for (const [name, m] of worlds) {
  console.log(`${name} world origin: (${m.get(0, 2)}, ${m.get(1, 2)})`);
}

const a = new Keyframe(0, array([0, 0]));
const b = new Keyframe(1, array([1, 2]));
const c = new Keyframe(2, array([3, 3]));
a.next = b;
b.next = c;
const track = buildTrack([[0, 0], [0.5, 1], [1, 1.5]]);
for (let k: Keyframe | null = track; k !== null; k = k.next) {
  console.log(`t=${k.time}: pose ${JSON.stringify(k.pose.tolist())}`);
}
let pathLength = 0;
for (let k: Keyframe = a; k.next !== null; k = k.next) {
  const step = k.next.pose.sub(k.pose);
  pathLength += Math.sqrt(step.mul(step).sum());
}
console.log("hand-built path length:", pathLength.toFixed(3), "end pose:", c.pose.tolist());

const meshes = empty(2, "object");
meshes.set(0, array([[0, 0], [1, 0], [0, 1]]));
meshes.set(1, array([[0, 0], [2, 0], [2, 2], [0, 2]]));
const textures = empty(1, "object");
textures.set(0, zeros([4, 4]));
const bundle = empty(2, "object");
bundle.set(0, meshes);
bundle.set(1, textures);
console.log("bundle entries:", bundle.size, "meshes:", meshes.size, "textures:", textures.size);

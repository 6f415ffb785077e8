// A 2-D scene graph: every node stores its offset from its parent and caches a world position; the camera pans the root each frame.
import { array, NDArray } from "ndalias";

class SceneNode {
  world: NDArray;
  readonly parent: SceneNode | null;
  readonly children: SceneNode[] = [];

  constructor(
    readonly name: string,
    public local: NDArray,
    parent: SceneNode | null,
  ) {
    this.parent = parent;
    this.world = parent === null ? local : parent.world.add(local);
  }

  refresh(): void {
    if (this.parent !== null) this.world = this.parent.world.add(this.local);
    for (const child of this.children) child.refresh();
  }

  depth(): number {
    return this.parent === null ? 0 : this.parent.depth() + 1;
  }
}

const index = new Map<string, SceneNode>();

function add(name: string, parentName: string | null, x: number, y: number): SceneNode {
  const parent = parentName === null ? null : index.get(parentName) ?? null;
  if (parentName !== null && parent === null) throw new Error(`no parent named ${parentName}`);
  const node = new SceneNode(name, array([x, y]), parent);
  index.set(name, node);
  return node;
}

function attach(name: string, parentName: string, x: number, y: number): SceneNode {
  const node = add(name, parentName, x, y);
  node.parent?.children.push(node);
  return node;
}

function hitTest(x: number, y: number, radius: number): string[] {
  const point = array([x, y]);
  const hits: string[] = [];
  for (const node of index.values()) {
    const d = node.world.sub(point);
    if (d.mul(d).sum() <= radius * radius) hits.push(node.name);
  }
  return hits;
}

function bounds(): { min: number[]; max: number[] } {
  const min = [Infinity, Infinity];
  const max = [-Infinity, -Infinity];
  for (const node of index.values()) {
    for (let axis = 0; axis < 2; axis++) {
      const v = node.world.get(axis) as number;
      min[axis] = Math.min(min[axis], v);
      max[axis] = Math.max(max[axis], v);
    }
  }
  return { min, max };
}

function printTree(node: SceneNode): void {
  const pad = "  ".repeat(node.depth());
  console.log(`${pad}${node.name} local=${JSON.stringify(node.local.tolist())} world=${JSON.stringify(node.world.tolist())}`);
  for (const child of node.children) printTree(child);
}

const root = add("stage", null, 0, 0);
attach("house", "stage", 10, 4);
attach("door", "house", 1, -2);
attach("window", "house", 3, 1);
attach("tree", "stage", -6, 2);
attach("bird", "tree", 0, 5);

printTree(root);
console.log("hits near (11, 2):", hitTest(11, 2, 1.5));

// Each frame the camera drags the whole stage; the root's cached world position is moved in place.
const panPerFrame = array([-0.5, 0.25]);
for (let frame = 0; frame < 4; frame++) {
  root.world.iadd(panPerFrame); // expect: no-alias-mutation
  root.refresh();
}

const box = bounds();
console.log("scene bounds after panning:", box.min, box.max);
console.log("stage offset from its (absent) parent:", root.local.tolist());
printTree(root);

// A detached copy of the bird for a thumbnail keeps its own offset.
const thumb = new SceneNode("bird-thumb", index.get("bird")!.world.copy(), null);
thumb.world.imul(0.25);
console.log("thumbnail at:", thumb.world.tolist());

// 2-D scene graph with homogeneous 3x3 transforms: builds an orbit hierarchy, resolves world matrices, and culls nodes against a zoomed camera.
// runnable
import { array, zeros, eye, empty, NDArray } from "ndalias";

// ---- matrix helpers -------------------------------------------------------------

export function translation(tx: number, ty: number): NDArray {
  const m = eye(3);
  m.set([0, 2], tx);
  m.set([1, 2], ty);
  return m;
}

export function rotation(theta: number): NDArray {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return array([
    [c, -s, 0],
    [s, c, 0],
    [0, 0, 1],
  ]);
}

export function scaling(sx: number, sy: number): NDArray {
  const m = eye(3);
  m.set([0, 0], sx);
  m.set([1, 1], sy);
  return m;
}

export function compose(a: NDArray, b: NDArray): NDArray {
  const out = zeros([3, 3]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += a.get(i, k) * b.get(k, j);
      out.set([i, j], s);
    }
  }
  return out;
}

export function applyTo(m: NDArray, point: NDArray): NDArray {
  const x: number = point.get(0);
  const y: number = point.get(1);
  return array([
    m.get(0, 0) * x + m.get(0, 1) * y + m.get(0, 2),
    m.get(1, 0) * x + m.get(1, 1) * y + m.get(1, 2),
  ]);
}

export function chain(...ms: NDArray[]): NDArray {
  return ms.reduce((acc, m) => compose(acc, m), eye(3));
}

// ---- nodes ------------------------------------------------------------------------

export class SceneNode {
  readonly local: NDArray;
  readonly world: NDArray;
  parent: SceneNode | null = null;
  radius = 1;

  constructor(
    readonly name: string,
    local?: NDArray,
  ) {
    this.local = local ? local.copy() : eye(3);
    this.world = eye(3);
  }

  setLocal(m: NDArray): void {
    this.local.assign(":", m);
  }

  spin(theta: number): this {
    const turned = compose(this.local, rotation(theta));
    this.local.assign(":", turned);
    return this;
  }

  refresh(world: NDArray): void {
    this.world.assign(":", world);
  }

  origin(): NDArray {
    return applyTo(this.world, zeros(2));
  }
}

export function isRoot(node: SceneNode): boolean {
  return node.parent === null || node.parent === node;
}

export function createRoot(name: string): SceneNode {
  const root = new SceneNode(name);
  root.parent = root; // expect: no-reference-cycle not-observed
  return root;
}

export function worldMatrix(node: SceneNode): NDArray {
  let m = node.local.copy();
  let p = node.parent;
  while (p && !isRoot(p)) {
    m = compose(p.local, m);
    p = p.parent;
  }
  if (p) m = compose(p.local, m);
  return m;
}

export function depth(node: SceneNode): number {
  let d = 0;
  let p = node.parent;
  while (p && p !== node) {
    d++;
    if (isRoot(p)) break;
    p = p.parent;
  }
  return d;
}

// ---- scene -------------------------------------------------------------------------

export class Scene {
  readonly root: SceneNode;
  private readonly nodes: SceneNode[] = [];

  constructor(name: string) {
    this.root = createRoot(name);
    this.nodes.push(this.root);
  }

  add(name: string, parent: SceneNode, local: NDArray, radius = 1): SceneNode {
    const node = new SceneNode(name, local);
    node.parent = parent;
    node.radius = radius;
    this.nodes.push(node);
    return node;
  }

  update(): void {
    for (const node of this.nodes) node.refresh(worldMatrix(node));
  }

  all(): readonly SceneNode[] {
    return this.nodes;
  }

  renderQueue(): NDArray {
    const queue = empty(this.nodes.length, "object");
    this.nodes.forEach((node, i) => queue.set(i, node.world));
    return queue;
  }
}

// ---- camera ---------------------------------------------------------------------------

export class Camera {
  readonly viewport: NDArray;
  readonly centre: NDArray;

  constructor(width: number, height: number) {
    this.viewport = array([width, height]);
    this.centre = zeros(2);
  }

  lookAt(x: number, y: number): void {
    this.centre.set(0, x);
    this.centre.set(1, y);
  }

  zoomedExtent(zoom: number): NDArray {
    const extent = this.viewport;
    extent.idiv(zoom); // expect: no-alias-mutation
    return extent;
  }

  projection(): NDArray {
    const sx = 2 / this.viewport.get(0);
    const sy = 2 / this.viewport.get(1);
    return compose(scaling(sx, sy), translation(-this.centre.get(0), -this.centre.get(1)));
  }

  sees(node: SceneNode, zoom: number): boolean {
    const half = this.zoomedExtent(zoom).div(2);
    const d = node.origin().sub(this.centre);
    return (
      Math.abs(d.get(0)) - node.radius <= half.get(0) &&
      Math.abs(d.get(1)) - node.radius <= half.get(1)
    );
  }
}

function fmt(p: NDArray): string {
  return `(${p.get(0).toFixed(2)}, ${p.get(1).toFixed(2)})`;
}

// ---- demo -------------------------------------------------------------------------------

const scene = new Scene("system");
const sun = scene.add("sun", scene.root, scaling(2, 2), 2);
const earth = scene.add("earth", sun, chain(rotation(0.3), translation(6, 0)), 0.6);
const moon = scene.add("moon", earth, translation(1.5, 0), 0.2);
const probe = scene.add("probe", scene.root, translation(40, -25), 0.1);

probe.setLocal(chain(translation(40, -25), rotation(0.5)));

for (let frame = 0; frame < 3; frame++) {
  earth.spin(0.1);
  moon.spin(0.4);
  scene.update();
}

for (const node of scene.all()) {
  console.log(`${node.name.padEnd(7)} depth=${depth(node)} origin=${fmt(node.origin())}`);
}

const camera = new Camera(32, 18);
camera.lookAt(sun.origin().get(0), sun.origin().get(1));
const zoom = 1.5;
const visible = scene.all().filter((n) => camera.sees(n, zoom)).map((n) => n.name);
console.log(`visible at zoom ${zoom}:`, visible.join(", "));

const proj = camera.projection();
console.log("probe in clip space:", fmt(applyTo(proj, probe.origin())));
console.log("viewport:", camera.viewport.tolist());

const queue = scene.renderQueue();
console.log("render queue:", queue.size, "matrices, moon world tx:", (queue.get(3) as NDArray).get(0, 2).toFixed(2));

// Data-oriented scene graph for a strategy game: parents are stored as indices and local transforms in an object-dtype table.
import { array, empty, full, zeros, NDArray } from "ndalias";

class Scene {
  readonly capacity: number;
  count = 0;
  parentOf: NDArray; // int32, -1 for roots
  locals: NDArray; // object dtype, one [x, y, angle] array per node
  worlds: NDArray; // [capacity, 3]
  names: string[] = [];
  constructor(capacity: number) {
    this.capacity = capacity;
    this.parentOf = full(capacity, -1, "int32");
    this.locals = empty(capacity, "object");
    this.worlds = zeros([capacity, 3]);
  }

  add(name: string, parent: number, x: number, y: number, angle = 0): number {
    if (this.count === this.capacity) throw new Error("scene is full");
    if (parent >= this.count) throw new Error(`parent ${parent} does not exist yet`);
    const id = this.count++;
    this.parentOf.set(id, parent);
    this.locals.set(id, array([x, y, angle]));
    this.names.push(name);
    return id;
  }

  // Parents always have smaller ids, so one forward pass resolves the hierarchy.
  updateWorlds(): void {
    for (let i = 0; i < this.count; i++) {
      const local = this.locals.get(i) as NDArray;
      const p = this.parentOf.get(i) as number;
      if (p < 0) {
        this.worlds.slice(i).assign(":", local);
        continue;
      }
      const pa = this.worlds.get(p, 2) as number;
      const lx = local.get(0) as number;
      const ly = local.get(1) as number;
      this.worlds.set([i, 0], (this.worlds.get(p, 0) as number) + Math.cos(pa) * lx - Math.sin(pa) * ly);
      this.worlds.set([i, 1], (this.worlds.get(p, 1) as number) + Math.sin(pa) * lx + Math.cos(pa) * ly);
      this.worlds.set([i, 2], pa + (local.get(2) as number));
    }
  }

  reparent(child: number, newParent: number): void {
    for (let p = newParent; p >= 0; p = this.parentOf.get(p) as number) {
      if (p === child) throw new Error(`${this.names[child]} cannot be parented under its own descendant`);
    }
    this.parentOf.set(child, newParent);
  }

  depth(id: number): number {
    let d = 0;
    for (let p = this.parentOf.get(id) as number; p >= 0; p = this.parentOf.get(p) as number) d++;
    return d;
  }
}

class NodeRef {
  constructor(readonly scene: Scene, readonly id: number) {}
  worldPosition(): number[] {
    return this.scene.worlds.slice(this.id, ":2").tolist() as number[];
  }
}

const scene = new Scene(8);
const map = scene.add("map", -1, 0, 0);
const castle = scene.add("castle", map, 20, 5, Math.PI / 2);
const tower = scene.add("tower", castle, 3, 0);
const banner = scene.add("banner", tower, 0, 2, 0.1);
const army = scene.add("army", map, -4, 7);

scene.updateWorlds();
const bannerRef = new NodeRef(scene, banner);
console.log("banner before capture:", bannerRef.worldPosition());

// The army captures the banner: it now follows the army.
scene.reparent(banner, army);
scene.updateWorlds();
console.log("banner after capture:", bannerRef.worldPosition(), "depth", scene.depth(banner));

// Export for the minimap, in tile units; rows are taken after the scaling.
const minimap = scene.worlds.slice(`:${scene.count}`, ":2").copy();
minimap.imul(0.25);
const firstTile = minimap.slice(0);
console.log("minimap tiles:", minimap.tolist(), "origin tile:", firstTile.tolist());

try {
  scene.reparent(castle, banner);
} catch (e) {
  console.log("rejected:", (e as Error).message);
}

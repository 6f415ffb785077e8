// Scene hierarchy stored with parent links only: nodes sit in a flat list and world matrices are resolved by walking up to the root.
import { eye, zeros, NDArray } from "ndalias";

function multiply4(a: NDArray, b: NDArray): NDArray {
  const out = zeros([4, 4]);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      let acc = 0;
      for (let k = 0; k < 4; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

class Node3D {
  readonly local: NDArray = eye(4);
  parent: Node3D | null = null;

  constructor(readonly name: string) {}

  setParent(parent: Node3D | null): void {
    this.parent = parent;
  }

  translate(x: number, y: number, z: number): void {
    this.local.set([0, 3], this.local.get(0, 3) + x);
    this.local.set([1, 3], this.local.get(1, 3) + y);
    this.local.set([2, 3], this.local.get(2, 3) + z);
  }

  scaleUniform(k: number): number {
    this.local.imul(k);
    this.local.set([3, 3], 1);
    return this.local.get(0, 0);
  }

  worldMatrix(): NDArray {
    let m = this.local.copy();
    for (let n = this.parent; n !== null; n = n.parent) {
      m = multiply4(n.local, m);
    }
    return m;
  }

  depth(): number {
    let d = 0;
    for (let n = this.parent; n !== null; n = n.parent) d++;
    return d;
  }
}

const root = new Node3D("level");
const ship = new Node3D("ship");
const turret = new Node3D("turret");
const barrel = new Node3D("barrel");

ship.setParent(root);
turret.setParent(ship);
barrel.parent = turret;
root.parent = null;

ship.translate(20, 0, -4);
turret.translate(0, 1.2, 0);
barrel.translate(0, 0, 1.5);
const shipScale = ship.scaleUniform(2);

const nodes = [root, ship, turret, barrel];
for (const node of nodes) {
  const w = node.worldMatrix();
  console.log(`${"  ".repeat(node.depth())}${node.name}: (${w.get(0, 3)}, ${w.get(1, 3)}, ${w.get(2, 3)})`);
}
console.log("ship scale:", shipScale);

// A scene graph whose nodes hold transform matrices: a root that registers itself as its own parent, a mesh pair linked both ways, and an object-dtype draw list that lists itself.
import { eye, zeros, empty, NDArray } from "ndalias";

class SceneNode {
  transform: NDArray;
  parent: SceneNode | null = null;
  children: SceneNode[] = [];
  constructor(readonly name: string) {
    this.transform = eye(3);
  }
  makeRoot(): void {
    this.parent = this; // expect: no-reference-cycle
  }
  worldScale(): number {
    return this.transform.get(0, 0);
  }
}

class Mesh {
  vertices: NDArray;
  lod: Mesh | null = null;
  constructor(n: number) {
    this.vertices = zeros([n, 3]);
  }
}

function linkLevels(fine: Mesh, coarse: Mesh): void {
  fine.lod = coarse;
  coarse.lod = fine; // expect: no-reference-cycle
}

const root = new SceneNode("root");
root.makeRoot();
const hi = new Mesh(8);
const lo = new Mesh(2);
linkLevels(hi, lo);

const drawList = empty(3, "object");
drawList.set(0, hi.vertices);
drawList.set(1, lo.vertices);
drawList.set(2, drawList); // expect: no-reference-cycle
console.log("root scale:", root.worldScale(), "draw entries:", drawList.size, "fine verts:", hi.vertices.shape[0]);

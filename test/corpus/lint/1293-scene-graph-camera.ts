// Scene-graph script: builds a small 2-D scene with module-level root and camera nodes, pans the camera and prints world positions.
import { eye, array, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

class SceneNode {
  parent: SceneNode | null = null;
  constructor(
    readonly name: string,
    public transform: NDArray,
  ) {}

  translation(): number[] {
    return [this.transform.get(0, 2), this.transform.get(1, 2)];
  }
}

function translationMatrix(dx: number, dy: number): NDArray {
  const m = eye(3);
  m.set([0, 2], dx);
  m.set([1, 2], dy);
  return m;
}

function makeWorldRoot(): SceneNode {
  const root = new SceneNode("world", eye(3));
  root.parent = root; // expect: no-reference-cycle
  return root;
}

function attach(child: SceneNode, parent: SceneNode): SceneNode {
  child.parent = parent;
  return child;
}

function worldMatrix(node: SceneNode): NDArray {
  let m = node.transform.copy();
  for (let p = node.parent; p && p.parent !== p; p = p.parent) {
    m = matmul3(p.transform, m);
  }
  return m;
}

function matmul3(a: NDArray, b: NDArray): NDArray {
  const out = eye(3);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 3; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

const ROOT = makeWorldRoot();
const CAMERA = attach(new SceneNode("camera", translationMatrix(0, 0)), ROOT);
const VIEWPORT = { width: 320, height: 200, zoom: 1 };
const HUD = { ...VIEWPORT, zoom: 2 };

function panCamera(dx: number, dy: number): number[] {
  const offset = CAMERA.transform.slice(":2", 2);
  offset.iadd(array([dx, dy])); // expect: no-view-mutation
  return offset.tolist() as number[];
}

function resetCamera(): void {
  CAMERA.transform.slice(":2", 2).fill(0);
}

const player = attach(new SceneNode("player", translationMatrix(40, 25)), ROOT);
const sword = attach(new SceneNode("sword", translationMatrix(3, -1)), player);

await delay(1);
console.log("camera after pan:", panCamera(10, -5));
console.log("camera translation:", CAMERA.translation(), "viewport:", VIEWPORT.width, "x", VIEWPORT.height);

const swordWorld = worldMatrix(sword);
console.log("sword world position:", swordWorld.get(0, 2), swordWorld.get(1, 2), "hud zoom:", HUD.zoom);

resetCamera();
console.log("camera after reset:", worldMatrix(CAMERA).tolist());

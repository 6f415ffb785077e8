// Composes 2-D camera poses as 3x3 homogeneous matrices built from a shared static identity, then maps a polygon into screen space.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

type Point = readonly [x: number, y: number];

class Affine {
  static readonly IDENTITY: NDArray = eye(3);
  static #created = 0;

  readonly matrix: NDArray;

  constructor(matrix?: NDArray) {
    this.matrix = matrix?.copy() ?? Affine.IDENTITY.copy();
    Affine.#created++;
  }

  static get created(): number {
    return Affine.#created;
  }

  static translation(tx: number, ty: number): Affine {
    const t = new Affine();
    t.matrix.set([0, 2], tx);
    t.matrix.set([1, 2], ty);
    return t;
  }

  static rotation(theta: number): Affine {
    const [c, s] = [Math.cos(theta), Math.sin(theta)];
    return new Affine(array([[c, -s, 0], [s, c, 0], [0, 0, 1]]));
  }

  static scaling(sx: number, sy = sx): Affine {
    return new Affine(array([[sx, 0, 0], [0, sy, 0], [0, 0, 1]]));
  }

  compose(other: Affine): Affine {
    const out = zeros([3, 3]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let acc = 0;
        for (let k = 0; k < 3; k++) acc += this.matrix.get(i, k) * other.matrix.get(k, j);
        out.set([i, j], acc);
      }
    }
    return new Affine(out);
  }

  apply([x, y]: Point): Point {
    const m = this.matrix;
    return [
      m.get(0, 0) * x + m.get(0, 1) * y + m.get(0, 2),
      m.get(1, 0) * x + m.get(1, 1) * y + m.get(1, 2),
    ];
  }

  get determinant(): number {
    const m = this.matrix;
    return m.get(0, 0) * m.get(1, 1) - m.get(0, 1) * m.get(1, 0);
  }
}

const poses: Record<string, { dx?: number; dy?: number; angle?: number; zoom?: number }> = {
  world: {},
  robot: { dx: 2, dy: 1, angle: Math.PI / 6 },
  camera: { dx: -1, angle: -Math.PI / 12, zoom: 1.5 },
};

const resolved = new Map<string, Affine>();
for (const [name, { dx = 0, dy = 0, angle = 0, zoom = 1 }] of Object.entries(poses)) {
  const pose = Affine.translation(dx, dy)
    .compose(Affine.rotation(angle))
    .compose(Affine.scaling(zoom));
  resolved.set(name, pose);
}

const camera = resolved.get("camera") ?? new Affine();
const robot = resolved.get("robot") ?? new Affine();

// Screen space flips the y axis; start from the identity frame.
const screen = Affine.IDENTITY;
screen.set([1, 1], -1); // expect: no-alias-mutation

// Remove the zoom from the camera so only the rigid part remains.
const linear = camera.matrix.slice(":2", ":2");
const zoom = Math.sqrt(Math.abs(linear.get(0, 0) * linear.get(1, 1) - linear.get(0, 1) * linear.get(1, 0)));
camera.matrix.slice(":2", ":2").idiv(zoom); // expect: no-view-mutation

const polygon: Point[] = [[0, 0], [1, 0], [1, 1], [0, 1]];
const toScreen = new Affine(screen).compose(camera).compose(robot);
const mapped = polygon.map((p) => toScreen.apply(p).map((v) => +v.toFixed(3)));

console.log("camera linear part (with zoom):", linear.tolist());
console.log("camera determinant after normalising:", camera.determinant.toFixed(3));
console.log("polygon on screen:", mapped);
console.log("identity used by new poses:", Affine.IDENTITY.tolist());
console.log("affines created:", Affine.created);

// Perspective camera: builds the projection matrix, logs it, adapts it to a window resize and derives the view-projection.
import { zeros, eye, NDArray } from "ndalias";

function perspective(fovY: number, aspect: number, near: number, far: number): NDArray {
  const f = 1 / Math.tan(fovY / 2);
  const m = zeros([4, 4]);
  m.set([0, 0], f / aspect);
  m.set([1, 1], f);
  m.set([2, 2], (far + near) / (near - far));
  m.set([2, 3], (2 * far * near) / (near - far));
  m.set([3, 2], -1);
  return m;
}

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

const projection = perspective(Math.PI / 3, 16 / 9, 0.1, 100);
const logged = projection;
console.log("initial projection:", JSON.stringify(logged.tolist()));
console.log("initial x scale:", logged.get(0, 0).toFixed(4));

// The window was resized to 4:3; only the horizontal scale depends on the aspect.
projection.set([0, 0], projection.get(1, 1) / (4 / 3));
const active = projection;
console.log("resized x scale:", active.get(0, 0).toFixed(4));

const view = eye(4);
view.set([2, 3], -5);

let clip: NDArray = projection;
clip = multiply4(projection, view);
clip.slice(1).imul(-1);

console.log("projection:", JSON.stringify(projection.tolist()));
console.log("view-projection (y flipped):", JSON.stringify(clip.tolist()));

// Builds a camera view matrix and per-object model matrices, composes view * model for each crate and prints the draw list.
import { eye, zeros, array, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++) {
    for (let j = 0; j < b.shape[1]; j++) {
      let s = 0;
      for (let k = 0; k < a.shape[1]; k++) s += a.get(i, k) * b.get(k, j);
      out.set([i, j], s);
    }
  }
  return out;
}

function lookAlongZ(out: NDArray, eyePos: number[]): void {
  out.fill(0);
  for (let i = 0; i < 4; i++) out.set([i, i], 1);
  out.assign("0:3, 3", array(eyePos).mul(-1));
}

function scaled(model: NDArray, s: number): NDArray {
  const out = model.copy();
  out.slice("0:3", "0:3").imul(s);
  return out;
}

function placeAt(model: NDArray, x: number, y: number, z: number): NDArray {
  model.assign("0:3, 3", array([x, y, z])); // expect: no-alias-mutation
  return model;
}

function translationOf(m: NDArray): number[] {
  const t = m.slice("0:3", 3);
  return [t.get(0), t.get(1), t.get(2)];
}

const view = zeros([4, 4]);
lookAlongZ(view, [0, 2, 5]);
const viewT = view.T;
console.log("camera right axis:", viewT.slice(0, "0:3").tolist());

const crateTemplate = scaled(eye(4), 0.5);
const crateA = placeAt(crateTemplate, 1, 0, 0);
const crateB = placeAt(crateTemplate.copy(), -1, 0, 0);

const mvA = matmul(view, crateA);
const mvB = matmul(view, crateB);
mvB.idiv(mvB.get(3, 3));
const depths = [mvA.get(2, 3), mvB.get(2, 3)];
console.log("template origin:", translationOf(crateTemplate));
console.log("depths:", depths, "mvA:", mvA.tolist(), "mvB:", mvB.tolist());

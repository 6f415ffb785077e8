// Composes point operations on an image with a higher-order pipe, keeps a layered working copy and prints each stage.
import { array, zeros, NDArray } from "ndalias";

type Op = (img: NDArray) => NDArray;

const pipe =
  (...ops: Op[]): Op =>
  (img) =>
    ops.reduce((acc, op) => op(acc), img);

const gamma =
  (g: number): Op =>
  (img) => {
    const out = img.div(255);
    for (let i = 0; i < out.size; i++) {
      out.data[i] = Math.pow(out.data[i] as number, g);
    }
    out.imul(255);
    return out;
  };

const offset = (d: number): Op => (img) => img.add(d);

const clamp =
  (lo: number, hi: number): Op =>
  (img) => {
    const out = img.copy();
    for (let i = 0; i < out.size; i++) {
      out.data[i] = Math.min(hi, Math.max(lo, out.data[i] as number));
    }
    return out;
  };

const stats = (label: string, img: NDArray): string =>
  `${label}: mean=${img.mean().toFixed(1)} min=${img.min().toFixed(1)} max=${img.max().toFixed(1)}`;

const source = array([
  [0, 64, 128],
  [192, 255, 32],
]);

let work: NDArray = source;
console.log(stats("input", work));
work = work.add(10);
work.imul(0.9);
console.log(stats("scaled", work));

const toneMap = pipe(offset(-20), clamp(0, 255), gamma(0.8));
console.log(stats("tone mapped", toneMap(source)));

const layers = { base: source.copy(), overlay: zeros(source.shape), opacity: 0.5 };
layers.overlay.assign("0, :", 255);
layers.base.imul(1 - layers.opacity);
layers.base.iadd(layers.overlay.mul(layers.opacity));
const composite = { ...layers, opacity: 1 };
console.log(stats("composite", composite.base));

const topRow = source.take([0], 0);
topRow.isub(topRow.min());
console.log("top row rebased:", topRow.tolist());

let [current, previous]: [NDArray, NDArray] = [source.mul(1), zeros(source.shape)];
for (let k = 0; k < 3; k++) {
  [current, previous] = [previous, current];
  current.assign(":", previous.mul(0.5));
  current.iadd(k);
}
console.log(stats("iterated", current), stats("previous", previous));
console.log("source untouched:", source.tolist());

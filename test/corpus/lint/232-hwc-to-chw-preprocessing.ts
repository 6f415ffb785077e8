// CNN input preprocessing: an HWC image built with reshape is converted to CHW with transpose and mean-subtracted through that view while the HWC image is still previewed afterwards; a float32 rescale is written into a copy that is never used; patches come from reshapes of a contiguous copy.
// runnable
import { arange, zeros, NDArray } from "ndalias";

const H = 4;
const W = 4;
const C = 3;

function channelMeans(img: NDArray): NDArray {
  const m = zeros(img.shape[2]);
  for (let c = 0; c < img.shape[2]; c++) m.set(c, img.slice(`..., ${c}`).mean());
  return m;
}

function previewChecksum(img: NDArray): number {
  let h = 0;
  for (let y = 0; y < img.shape[0]; y++) {
    for (let x = 0; x < img.shape[1]; x++) h = (h * 7 + Math.abs(Math.round(img.get(y, x, 0)))) % 9973;
  }
  return h;
}

function patchMeans(plane: NDArray, p: number): NDArray {
  const grid = plane.reshape(plane.shape[0] / p, p, plane.shape[1] / p, p).transpose(0, 2, 1, 3);
  const out = zeros([grid.shape[0], grid.shape[1]]);
  for (let i = 0; i < grid.shape[0]; i++) {
    for (let j = 0; j < grid.shape[1]; j++) out.set([i, j], grid.slice(i, j).mean());
  }
  return out;
}

const hwc = arange(H * W * C).reshape(H, W, C);
const means = channelMeans(hwc);
console.log("brightest value:", hwc.max(), "channel means:", means.tolist());

const chw = hwc.transpose(2, 0, 1);
chw.isub(means.reshape(C, 1, 1)); // expect: no-view-mutation
const input = chw.copy();
console.log("preview checksum of the HWC image:", previewChecksum(hwc));

const flat = input.ravel();
console.log("input range:", flat.min(), flat.max());
input.slice(":", 0).fill(0);
input.slice(":", ":", -1).fill(0);

const scaled = input.astype("float32");
scaled.idiv(255); // expect: no-lost-write

const red = input.slice(0);
console.log("red 2x2 patch means:", patchMeans(red, 2).tolist());
const gray = input.slice(0).add(input.slice(1)).add(input.slice(2)).div(3);
gray.imul(2);
console.log("gray energy:", gray.mul(gray).sum(), "input dtype:", input.dtype, "input sum:", input.sum());

const rows = hwc.reshape(H * W, C);
console.log("first pixel after preprocessing:", rows.slice(0).tolist());

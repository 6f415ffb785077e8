// Border handling for convolution: constant, reflect and edge padding built on fresh canvases, plus crop helpers that return views or copies.
import { array, zeros, full, NDArray } from "ndalias";

export function padConstant(img: NDArray, pad: number, value: number): NDArray {
  const [h, w] = img.shape;
  const canvas = full([h + 2 * pad, w + 2 * pad], value);
  canvas.assign(`${pad}:${pad + h}, ${pad}:${pad + w}`, img);
  return canvas;
}

export function padReflect(img: NDArray, pad: number): NDArray {
  const [h, w] = img.shape;
  const canvas = zeros([h + 2 * pad, w + 2 * pad]);
  canvas.slice(`${pad}:${pad + h}, ${pad}:${pad + w}`).assign("...", img);
  // top and bottom bands mirror the rows next to the border (the border row itself is not repeated)
  canvas.slice(`0:${pad}, ${pad}:${pad + w}`).assign("...", img.slice(`1:${pad + 1}`).flip(0));
  canvas.slice(`${pad + h}:, ${pad}:${pad + w}`).assign("...", img.slice(`${h - pad - 1}:${h - 1}`).flip(0));
  // left and right bands mirror columns of the already padded canvas, corners included
  canvas.slice(`:, 0:${pad}`).assign("...", canvas.slice(`:, ${pad + 1}:${2 * pad + 1}`).flip(1));
  canvas.slice(`:, ${pad + w}:`).assign("...", canvas.slice(`:, ${w - 1}:${pad + w - 1}`).flip(1));
  return canvas;
}

export function padEdge(img: NDArray, pad: number): NDArray {
  const [h, w] = img.shape;
  const canvas = padConstant(img, pad, 0);
  for (let k = 0; k < pad; k++) {
    canvas.slice(k, `${pad}:${pad + w}`).assign("...", img.slice(0));
    canvas.slice(pad + h + k, `${pad}:${pad + w}`).assign("...", img.slice(h - 1));
  }
  for (let k = 0; k < pad; k++) {
    canvas.slice(":", k).assign("...", canvas.slice(":", pad));
    canvas.slice(":", pad + w + k).assign("...", canvas.slice(":", pad + w - 1));
  }
  return canvas;
}

/** A window onto the image: shares memory, meant for reading. */
export function centerCrop(img: NDArray, ch: number, cw: number): NDArray {
  const [h, w] = img.shape;
  const top = Math.floor((h - ch) / 2);
  const left = Math.floor((w - cw) / 2);
  return img.slice(`${top}:${top + ch}, ${left}:${left + cw}`);
}

/** An editable crop: owns its memory. */
export function cropCopy(img: NDArray, top: number, left: number, ch: number, cw: number): NDArray {
  return img.slice(`${top}:${top + ch}, ${left}:${left + cw}`).copy();
}

export function boxFilter3(img: NDArray): NDArray {
  const [h, w] = img.shape;
  const padded = padEdge(img, 1);
  const out = zeros([h, w]);
  for (let dy = 0; dy < 3; dy++) {
    for (let dx = 0; dx < 3; dx++) {
      out.iadd(padded.slice(`${dy}:${dy + h}, ${dx}:${dx + w}`));
    }
  }
  out.idiv(9);
  return out;
}

function show(label: string, img: NDArray): void {
  console.log(`${label}:`);
  for (const row of img.tolist() as number[][]) console.log("  " + row.join("\t"));
}

const img = array([
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
]);

show("constant", padConstant(img, 1, -1));
show("reflect", padReflect(img, 1));
show("edge", padEdge(img, 2));

const middle = centerCrop(img, 1, 2);
console.log("center crop:", middle.tolist(), "mean", middle.mean());

const patch = cropCopy(img, 0, 0, 2, 2);
patch.imul(10);
show("edited patch", patch);
show("smoothed", boxFilter3(img));
show("original", img);

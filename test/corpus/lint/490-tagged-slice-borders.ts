// Image border utilities: a tagged template builds slice specs and borders, stripes and overlays are written with the unnamed view idiom.
import { ones, zeros, NDArray } from "ndalias";

const sl = (strings: TemplateStringsArray, ...vals: (number | string)[]): string =>
  strings.raw.map((s, i) => s + (i < vals.length ? String(vals[i]) : "")).join("");

function padBorder(img: NDArray, width: number, value: number): void {
  img.slice(sl`:${width}, :`).fill(value);
  img.slice(sl`-${width}:, :`).fill(value);
  img.slice(sl`:, :${width}`).fill(value);
  img.slice(sl`:, -${width}:`).fill(value);
}

function stripes(img: NDArray, every: number): void {
  img.slice(sl`::${every}, :`).imul(0.5);
}

function loadOverlay(kind: string): NDArray | undefined {
  return kind === "grid" ? zeros([6, 6]) : undefined;
}

const canvas = ones([6, 6]);
padBorder(canvas, 1, 0);
canvas.slice(sl`${2}:${4}, ${2}:${4}`).imul(5);
canvas.T.slice(sl`${0}, 1:-1`).fill(2);
console.log("canvas:", canvas.tolist());
console.log("canvas total:", canvas.sum());

const overlay = loadOverlay("grid");
overlay?.slice(sl`::2, ::2`).fill(1);
overlay?.slice(sl`${-1}`).fill(3);
console.log("overlay mean:", overlay?.mean());

const photo = ones([4, 8]);
stripes(photo, 2);
photo.slice(sl`..., ${-1}`).fill(9);
photo.flip(1).slice(sl`0, :2`).iadd(1);
console.log("photo:", photo.tolist());

labelled: {
  const thumb = photo.slice(sl`::2, ::2`).copy();
  if (thumb.max() < 5) break labelled;
  thumb.slice(sl`0`).fill(0);
  console.log("thumbnail:", thumb.tolist());
}

// A tilemap editor with ground, decor and collision layers: paints rectangles, previews a flood fill and keeps an undo stack.
import { zeros, NDArray } from "ndalias";

const LAYERS = 3;
const H = 6;
const W = 8;
let map = zeros([LAYERS, H, W], "int16");
const undoStack: NDArray[] = [];

function paintRect(layer: NDArray, r0: number, c0: number, r1: number, c1: number, tile: number): void {
  layer.slice(`${r0}:${r1}`, `${c0}:${c1}`).fill(tile);
}

function checkpoint(): void {
  undoStack.push(map.copy());
}

function undo(): boolean {
  const previous = undoStack.pop();
  if (!previous) return false;
  map = previous;
  return true;
}

function countTiles(layer: NDArray, tile: number): number {
  let n = 0;
  for (let r = 0; r < layer.shape[0]; r++) {
    for (let c = 0; c < layer.shape[1]; c++) if (layer.get(r, c) === tile) n++;
  }
  return n;
}

function floodPreview(layer: NDArray, r: number, c: number, tile: number): NDArray {
  const preview = layer.copy();
  const target = preview.get(r, c);
  if (target === tile) return preview;
  const stack: Array<[number, number]> = [[r, c]];
  while (stack.length > 0) {
    const [y, x] = stack.pop() as [number, number];
    if (y < 0 || x < 0 || y >= preview.shape[0] || x >= preview.shape[1]) continue;
    if (preview.get(y, x) !== target) continue;
    preview.set([y, x], tile);
    stack.push([y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]);
  }
  return preview;
}

checkpoint();
paintRect(map.slice(0), 0, 0, H, W, 1);
map.slice(1).assign("0, :", 4);
checkpoint();
paintRect(map.slice(2), 2, 3, 4, 6, 9);

const collision = map.slice(2);
const preview = floodPreview(map.slice(1), 3, 0, 7);
console.log("flood preview tiles:", countTiles(preview, 7), "blocked:", countTiles(collision, 9));

const groundSorted = map.slice(0).flatten();
groundSorted.sort();
console.log("ground median tile:", groundSorted.get(groundSorted.size >> 1));

undo();
console.log("after undo blocked:", countTiles(map.slice(2), 9), "ground:", countTiles(map.slice(0), 1));
console.log("undo depth:", undoStack.length, "decor row:", map.slice(1, 0).tolist());

// Splits an image into a quadtree of tiles held in object-dtype nodes, prints every leaf tile's mean and releases the tree.
// runnable
import { arange, empty, NDArray, memoryStats } from "ndalias";

const TILE = 4;
const PARENT = 5;

function makeNode(tile: NDArray): NDArray {
  const node = empty(6, "object");
  node.set(TILE, tile);
  return node;
}

function quadrants(img: NDArray): NDArray[] {
  const [h, w] = img.shape;
  const mh = Math.floor(h / 2);
  const mw = Math.floor(w / 2);
  return [
    img.slice(`:${mh}, :${mw}`),
    img.slice(`:${mh}, ${mw}:`),
    img.slice(`${mh}:, :${mw}`),
    img.slice(`${mh}:, ${mw}:`),
  ];
}

function split(img: NDArray, depth: number): NDArray {
  const node = makeNode(img);
  if (depth === 0 || img.shape[0] < 2) {
    return node;
  }
  quadrants(img).forEach((quad, i) => {
    const child = split(quad, depth - 1);
    node.set(i, child);
    child.set(PARENT, node); // expect: no-reference-cycle
  });
  return node;
}

const childrenOf = (node: NDArray): NDArray[] =>
  [0, 1, 2, 3].map((i) => node.get(i)).filter((c): c is NDArray => c instanceof NDArray);

function leafMeans(node: NDArray, path = "r"): Array<[string, number]> {
  const kids = childrenOf(node);
  if (kids.length === 0) {
    const tile: NDArray = node.get(TILE);
    return [[path, tile.mean()]];
  }
  return kids.flatMap((kid, i) => leafMeans(kid, `${path}${i}`));
}

const image = arange(64).reshape(8, 8);
const root = split(image, 2);
const means = leafMeans(root);
console.log("leaves:", means.length);
for (const [path, mean] of means.slice(0, 4)) {
  console.log(`  ${path}: ${mean.toFixed(2)}`);
}

const before = memoryStats();
root.dispose();
const after = memoryStats();
console.log("storages before/after releasing the tree:", before.storages, after.storages);

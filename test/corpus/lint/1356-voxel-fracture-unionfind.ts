// Voxel destruction for a sandbox game: after an explosion, surviving voxels are grouped into debris chunks with union-find.
import { arange, array, zeros, NDArray } from "ndalias";

const W = 6;
const H = 4;
// 1 = solid voxel, 0 = empty, row-major over a W x H wall
const solid = array([
  [1, 1, 0, 1, 1, 1],
  [1, 0, 0, 0, 1, 1],
  [1, 1, 0, 1, 0, 0],
  [0, 1, 0, 1, 1, 1],
]).ravel().copy();
const parent = arange(W * H);
const rank = zeros(W * H, "uint8");

function find(i: number): number {
  let root = i;
  while ((parent.get(root) as number) !== root) root = parent.get(root) as number;
  // path compression writes the module's own table
  while ((parent.get(i) as number) !== root) {
    const next = parent.get(i) as number;
    parent.set(i, root);
    i = next;
  }
  return root;
}

function unite(a: number, b: number): boolean {
  const ra = find(a);
  const rb = find(b);
  if (ra === rb) return false;
  const rka = rank.get(ra) as number;
  const rkb = rank.get(rb) as number;
  if (rka < rkb) parent.set(ra, rb);
  else if (rka > rkb) parent.set(rb, ra);
  else {
    parent.set(rb, ra);
    rank.set(ra, rka + 1);
  }
  return true;
}

class Chunk {
  voxels: number[] = [];
  centre: NDArray = zeros(2);
  parent: Chunk | null = null; // set when this chunk is welded into a bigger one
  lastAbsorbedId = -1; // by id, so the survivor does not hold the absorbed chunk
  constructor(readonly id: number) {}
}

function weld(big: Chunk, small: Chunk): void {
  small.parent = big;
  big.lastAbsorbedId = small.id;
  const n = big.voxels.length + small.voxels.length;
  big.centre = big.centre.mul(big.voxels.length).add(small.centre.mul(small.voxels.length)).div(n);
  big.voxels = big.voxels.concat(small.voxels);
}

let merges = 0;
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    const i = y * W + x;
    if (solid.get(i) !== 1) continue;
    if (x + 1 < W && solid.get(i + 1) === 1 && unite(i, i + 1)) merges++;
    if (y + 1 < H && solid.get(i + W) === 1 && unite(i, i + W)) merges++;
  }
}

// Snapshot of the roots for the debug overlay: the rebinding makes it a separate table.
let roots: NDArray = parent;
roots = roots.copy();
for (let i = 0; i < W * H; i++) roots.set(i, solid.get(i) === 1 ? find(i) : -1);

const chunks = new Map<number, Chunk>();
for (let i = 0; i < W * H; i++) {
  const r = roots.get(i) as number;
  if (r < 0) continue;
  let chunk = chunks.get(r);
  if (!chunk) chunks.set(r, (chunk = new Chunk(r)));
  chunk.voxels.push(i);
}
for (const chunk of chunks.values()) {
  const n = chunk.voxels.length;
  const sx = chunk.voxels.reduce((acc, v) => acc + (v % W), 0);
  const sy = chunk.voxels.reduce((acc, v) => acc + Math.floor(v / W), 0);
  chunk.centre = array([sx / n, sy / n]);
}

// Tiny chunks are welded into the largest one so the physics step has fewer bodies.
const sorted = [...chunks.values()].sort((a, b) => b.voxels.length - a.voxels.length);
for (const c of sorted.slice(1)) if (c.voxels.length < 5) weld(sorted[0], c);

console.log("merges:", merges, "compressed parents:", parent.tolist());
console.log("roots overlay:", roots.reshape(H, W).tolist());
for (const c of sorted) {
  if (c.parent) continue;
  console.log(`chunk ${c.id}: ${c.voxels.length} voxels, centre ${c.centre.tolist()}, absorbed #${c.lastAbsorbedId}`);
}

// Assembles a land-cover canvas from class patches with in-place window writes, burns a road and a river, then summarises regions of it.
import { zeros, full, arange, NDArray } from "ndalias";

const CLASSES = { unclassified: 0, forest: 1, crop: 2, urban: 3, water: 4, road: 5 } as const;
const SIZE = 8;

function classShare(region: NDArray, cls: number): number {
  let n = 0;
  for (const v of region.flatten().tolist() as number[]) {
    if (v === cls) n++;
  }
  return n / region.size;
}

function majority(region: NDArray): number {
  const counts = new Map<number, number>();
  for (const v of region.flatten().tolist() as number[]) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [cls, n] of counts) {
    if (n > bestCount) {
      best = cls;
      bestCount = n;
    }
  }
  return best;
}

/** Number of 4-neighbour pairs with different classes: a rough patch-edge density. */
function edgePairs(map: NDArray): number {
  const [rows, cols] = map.shape;
  let edges = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && map.get(r, c) !== map.get(r, c + 1)) edges++;
      if (r + 1 < rows && map.get(r, c) !== map.get(r + 1, c)) edges++;
    }
  }
  return edges;
}

const canvas = zeros([SIZE, SIZE], "uint8");

// class patches written straight into windows of the canvas
canvas.slice("0:4, 0:5").fill(CLASSES.forest);
canvas.slice("0:4, 5:").fill(CLASSES.crop);
canvas.slice("4:, 0:3").fill(CLASSES.crop);
canvas.slice("4:, 3:").fill(CLASSES.urban);

// river along the anti-diagonal, road along row 5 and column 2
for (let i = 0; i < SIZE; i++) {
  canvas.set([i, SIZE - 1 - i], CLASSES.water);
}
canvas.slice(5).fill(CLASSES.road);
canvas.slice(":", 2).fill(CLASSES.road);
canvas.T.slice(-1, "6:").fill(CLASSES.water);

// a 2x2 block of the urban area is a park: overwrite it with forest
canvas.assign("6:8, 6:8", CLASSES.forest);

// elevation-dependent shading layer built the same way
const shading = full([SIZE, SIZE], 1.0, "float32");
shading.slice("::2, ::2").imul(0.9);
shading.slice("1::2, 1::2").imul(0.9);
shading.slice(":, :4").iadd(arange(4).mul(0.01));
shading.flip(1).slice(0).fill(0.5);

// regions are defined only now, after the canvas is final
const northWest = canvas.slice("0:4, 0:4");
const southEast = canvas.slice("4:, 4:");
const roadRow = canvas.slice(5);
const diagonal = canvas.diagonal();

console.log("canvas:");
for (const row of canvas.tolist() as number[][]) console.log(" ", row.join(" "));
console.log("NW forest share:", classShare(northWest, CLASSES.forest).toFixed(2));
console.log("SE majority class:", majority(southEast));
console.log("road row:", roadRow.tolist());
console.log("diagonal classes:", diagonal.tolist());
console.log("edge pairs:", edgePairs(canvas), "in the SE region:", edgePairs(southEast));
console.log("shading first rows:", shading.slice(":2").tolist());

const totals = zeros(6);
for (const v of canvas.flatten().tolist() as number[]) {
  totals.set(v, totals.get(v) + 1);
}
totals.idiv(canvas.size);
console.log("class shares:", (totals.tolist() as number[]).map((v) => v.toFixed(3)).join(", "));

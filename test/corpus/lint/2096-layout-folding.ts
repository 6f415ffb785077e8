// Layout optimiser for a conv weight constant: builds a dedup table of distinct weights, folds bias zero points and picks a tiling.
import { arange, array, NDArray } from "ndalias";

interface LayoutPlan {
  tile: [number, number];
  distinct: number;
  packedBytes: number;
}

const convWeight = arange(-6, 6).reshape(3, 4);
convWeight.imul(0.5);
const convBias = array([0.25, -0.75, 1.5]);
const biasZeroPoint = 3;

// Correct: the sorted table used for statistics is a flattened copy.
function medianWeight(w: NDArray): number {
  const sorted = w.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function countDistinct(sortedValues: NDArray): number {
  let distinct = sortedValues.size > 0 ? 1 : 0;
  for (let i = 1; i < sortedValues.size; i++) {
    if (sortedValues.get(i) !== sortedValues.get(i - 1)) distinct += 1;
  }
  return distinct;
}

function chooseTile(rows: number, cols: number): [number, number] {
  const candidates: [number, number][] = [[1, 4], [3, 2], [3, 4]];
  let best = candidates[0];
  for (const c of candidates) {
    if (rows % c[0] === 0 && cols % c[1] === 0 && c[0] * c[1] > best[0] * best[1]) best = c;
  }
  return best;
}

console.log("median weight before planning:", medianWeight(convWeight));

// Dedup table: sort the weights so equal values are adjacent.
const packed = convWeight.ravel();
packed.sort(); // expect: no-view-mutation
const distinct = countDistinct(packed);

// Bias folding: the integer kernel wants bias + zero point in int32.
const intBias = convBias.astype("int32");
intBias.iadd(biasZeroPoint); // expect: no-lost-write

const plan: LayoutPlan = {
  tile: chooseTile(convWeight.shape[0], convWeight.shape[1]),
  distinct,
  packedBytes: convWeight.size * 4,
};

// Correct: the tiled layout is a fresh copy, filled and then emitted.
const tiled = convWeight.copy().reshape(plan.tile[0], convWeight.size / plan.tile[0]);
tiled.imul(2);
console.log("tiled (x2) layout:", tiled.tolist());

// Correct: reading through a reshaped view without writing.
const asRows = convWeight.reshape(2, 6);
console.log("row sums:", asRows.sum(), "first row:", asRows.slice(0).tolist());

function emitConstant(name: string, values: NDArray): string {
  const flat = values.tolist() as number[][];
  return `const ${name} = ${JSON.stringify(flat)};`;
}

function emitPlan(p: LayoutPlan): string[] {
  return [
    `// tile ${p.tile.join("x")}, ${p.distinct} distinct weights, ${p.packedBytes} bytes`,
    `#define TILE_R ${p.tile[0]}`,
    `#define TILE_C ${p.tile[1]}`,
  ];
}

for (const line of emitPlan(plan)) console.log(line);
console.log(emitConstant("conv_w", convWeight));
console.log("const conv_b =", JSON.stringify(convBias.tolist()), "+ zp", biasZeroPoint);
console.log("bias mean:", convBias.mean());

// Generates and erodes a heightmap for a strategy map with small pure passes, floods the lowlands and reports coast and median heights.
import { zeros, NDArray } from "ndalias";

interface Terrain {
  readonly heights: NDArray;
  readonly water: NDArray;
  readonly seaLevel: number;
}

type Pass = (t: Terrain) => Terrain;

function makeTerrain(rows: number, cols: number, seaLevel: number): Terrain {
  const heights = zeros([rows, cols]);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      heights.set([i, j], 5 + 3 * Math.sin(i * 0.9) + 2 * Math.cos(j * 1.3));
    }
  }
  return { heights, water: zeros([rows, cols]), seaLevel };
}

function smooth(t: Terrain): Terrain {
  const src = t.heights;
  const h = src.copy();
  const [rows, cols] = h.shape;
  for (let i = 1; i < rows - 1; i++) {
    for (let j = 1; j < cols - 1; j++) {
      const around =
        src.get(i - 1, j) + src.get(i + 1, j) + src.get(i, j - 1) + src.get(i, j + 1);
      h.set([i, j], (src.get(i, j) + around) / 5);
    }
  }
  return { ...t, heights: h };
}

function raiseBorder(t: Terrain): Terrain {
  const h = t.heights.add(0);
  h.slice(0).fill(t.seaLevel + 1);
  h.slice(-1).fill(t.seaLevel + 1);
  return { ...t, heights: h };
}

function floodLowlands(t: Terrain): Terrain {
  const water = t.water.copy();
  const [rows, cols] = t.heights.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const depth = t.seaLevel - t.heights.get(i, j);
      if (depth > 0) water.set([i, j], depth);
    }
  }
  const westCoast = t.heights.slice(":, 0");
  westCoast.fill(t.seaLevel); // expect: no-view-mutation
  return { ...t, water };
}

function landFraction(t: Terrain): number {
  let land = 0;
  const [rows, cols] = t.heights.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (t.water.get(i, j) === 0) land++;
    }
  }
  return land / (rows * cols);
}

const compose =
  (...passes: Pass[]): Pass =>
  (t) =>
    passes.reduce((acc, pass) => pass(acc), t);

const generate = compose(smooth, raiseBorder, floodLowlands);
const world = generate(makeTerrain(6, 7, 4.5));

console.log("land fraction:", landFraction(world).toFixed(2));
console.log("total water volume:", world.water.sum().toFixed(2));

const heightsForStats = world.heights.ravel();
heightsForStats.sort(); // expect: no-view-mutation
const median = heightsForStats.get(Math.floor(heightsForStats.size / 2));
console.log("median height:", median.toFixed(2));

const peak = world.heights.max();
const trough = world.heights.min();
console.log("relief:", (peak - trough).toFixed(2));
console.log("west coast column:", world.heights.slice(":, 0").tolist());
console.log("heightmap:", world.heights.tolist());

// Builds a two-level image pyramid registry in object-dtype arrays: fine tiles, a coarse overview, and links between levels.
import { empty, zeros, NDArray } from "ndalias";

const TILE = 4;

function makeTile(seed: number): NDArray {
  const t = zeros([TILE, TILE]);
  for (let i = 0; i < TILE; i++) {
    for (let j = 0; j < TILE; j++) {
      t.set([i, j], seed + i * 0.5 + j * 0.25);
    }
  }
  return t;
}

function downsample2x(tile: NDArray): NDArray {
  const half = tile.shape[0] / 2;
  const out = zeros([half, half]);
  for (let i = 0; i < half; i++) {
    for (let j = 0; j < half; j++) {
      out.set([i, j], tile.slice(`${2 * i}:${2 * i + 2}`, `${2 * j}:${2 * j + 2}`).mean());
    }
  }
  return out;
}

export function buildPyramid(seeds: number[]): NDArray {
  // Slots 0..n-1 hold the fine tiles, the last slot points at the coarser level.
  const fine = empty(seeds.length + 1, "object");
  seeds.forEach((s, k) => {
    fine.set(k, makeTile(s));
  });

  // Slot 0 holds the overviews, slot 1 points back at the finer level for drill-down.
  const coarse = empty(2, "object");
  const overviews = empty(seeds.length, "object");
  for (let k = 0; k < seeds.length; k++) {
    const tile: NDArray = fine.get(k);
    overviews.set(k, downsample2x(tile));
  }
  coarse.set(0, overviews);
  coarse.set(1, fine);
  fine.set(seeds.length, coarse); // expect: no-reference-cycle
  return fine;
}

export function overviewMeans(fine: NDArray): number[] {
  const coarse: NDArray = fine.get(fine.size - 1);
  const overviews: NDArray = coarse.get(0);
  const means: number[] = [];
  for (let k = 0; k < overviews.size; k++) {
    const ov: NDArray = overviews.get(k);
    means.push(ov.mean());
  }
  return means;
}

const pyramid = buildPyramid([10, 20, 30]);
console.log("overview means:", overviewMeans(pyramid));
const firstTile: NDArray = pyramid.get(0);
console.log("first fine tile max:", firstTile.max());

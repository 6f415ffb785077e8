// Module holding the current multispectral scene: per-band contrast stretch, per-tile statistics and a band summary report.
import { zeros, array, NDArray } from "ndalias";

const BANDS = 3;
const SIZE = 4;
const SCENE = zeros([BANDS, SIZE, SIZE]);
const LAST_TILE_STATS = zeros(4);

export function loadScene(values: number[][][]): void {
  SCENE.assign("...", array(values));
  LAST_TILE_STATS.fill(0);
}

export function bandMean(band: number): number {
  return SCENE.slice(band).mean();
}

export function stretchedBandMax(band: number): number {
  const layer = SCENE.slice(band);
  const lo = layer.min();
  layer.isub(lo); // expect: no-view-mutation
  return layer.max();
}

export function tileStats(band: number, r0: number, c0: number, size: number): NDArray {
  const window = SCENE.slice(band, `${r0}:${r0 + size}`, `${c0}:${c0 + size}`);
  const stats = LAST_TILE_STATS;
  stats.assign(":", array([window.min(), window.max(), window.mean(), window.sum()])); // expect: no-alias-mutation
  return stats;
}

export function tileStatsCopy(band: number, r0: number, c0: number, size: number): NDArray {
  const window = SCENE.slice(band, `${r0}:${r0 + size}`, `${c0}:${c0 + size}`);
  return array([window.min(), window.max(), window.mean(), window.sum()]);
}

export function resetBand(band: number): void {
  SCENE.slice(band).fill(0);
}

function sceneValues(): number[][][] {
  const out: number[][][] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows: number[][] = [];
    for (let i = 0; i < SIZE; i++) {
      const row: number[] = [];
      for (let j = 0; j < SIZE; j++) row.push(100 * (b + 1) + 4 * i + j);
      rows.push(row);
    }
    out.push(rows);
  }
  return out;
}

loadScene(sceneValues());
console.log("band means:", [0, 1, 2].map(bandMean));
console.log("stretched max of band 1:", stretchedBandMax(1));
console.log("tile stats:", tileStats(0, 0, 0, 2).tolist(), tileStatsCopy(2, 2, 2, 2).tolist());
resetBand(2);
console.log("band means after reset:", [0, 1, 2].map(bandMean));

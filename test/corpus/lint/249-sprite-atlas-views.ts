// A sprite atlas packs 4x4 sprites into one texture, hands out regions for the editor preview and uploads the atlas to the GPU.
import { zeros, NDArray } from "ndalias";

const TILE = 4;
const atlas = zeros([8, 8], "float32");

function region(col: number, row: number): string {
  return `${row * TILE}:${(row + 1) * TILE}, ${col * TILE}:${(col + 1) * TILE}`;
}

function upload(tex: NDArray): number {
  let checksum = 0;
  for (let r = 0; r < tex.shape[0]; r++) {
    for (let c = 0; c < tex.shape[1]; c++) checksum += tex.get(r, c) * (r + 1) + c;
  }
  return checksum;
}

function mirroredIcon(col: number, row: number): NDArray {
  const icon = atlas.slice(region(col, row)).flip(1).copy();
  icon.set([0, 0], 1);
  return icon;
}

function evictSlot(col: number, row: number): void {
  atlas.slice(region(col, row)).copy().fill(0); // expect: no-lost-write
}

atlas.slice(region(0, 0)).fill(0.25);
atlas.slice(region(1, 0)).fill(0.5);
atlas.slice(region(0, 1)).fill(0.75);
for (let i = 0; i < TILE; i++) atlas.slice(region(1, 1)).set([i, i], 1);

const heroFrame = atlas.slice(region(0, 1));
console.log("hero frame brightness:", heroFrame.mean(), "diag:", atlas.diagonal().sum());

const thumb = atlas.slice(region(1, 0)).copy();
thumb.imul(2);
console.log("thumbnail:", thumb.tolist(), "mirrored:", mirroredIcon(1, 1).tolist());

const hover = atlas.slice(region(0, 0));
hover.imul(1.5); // expect: no-view-mutation
console.log("hover preview:", hover.tolist());

evictSlot(1, 0);
console.log("uploaded checksum:", upload(atlas));

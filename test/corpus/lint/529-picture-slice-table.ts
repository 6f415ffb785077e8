// Assembles coded pictures from Y/Cb/Cr planes and per-slice coefficient buffers kept in object-dtype tables, then releases a GOP.
import { empty, full, zeros, collect, memoryStats, NDArray } from "ndalias";

const SLICE_ROWS = 8;

function buildPicture(width: number, height: number, level: number): NDArray {
  const picture = empty(4, "object");
  picture.set(0, full([height, width], level, "uint8"));
  picture.set(1, full([height / 2, width / 2], 128, "uint8"));
  picture.set(2, full([height / 2, width / 2], 128, "uint8"));

  const nSlices = height / SLICE_ROWS;
  const slices = empty(nSlices + 1, "object");
  slices.set(0, picture);
  for (let s = 0; s < nSlices; s++) {
    slices.set(s + 1, zeros([SLICE_ROWS, width], "int16"));
  }
  picture.set(3, slices); // expect: no-reference-cycle
  return picture;
}

function lumaMean(picture: NDArray): number {
  const y: NDArray = picture.get(0);
  return y.mean();
}

function buildGop(count: number, width: number, height: number): NDArray {
  const gop = empty(count, "object");
  for (let i = 0; i < count; i++) {
    gop.set(i, buildPicture(width, height, 60 + 10 * i));
  }
  return gop;
}

function releaseGop(gop: NDArray): void {
  for (let i = 0; i < gop.size; i++) {
    const picture: NDArray = gop.get(i);
    picture.dispose();
  }
  gop.dispose();
}

const gop = buildGop(3, 16, 16);
for (let i = 0; i < gop.size; i++) {
  console.log(`picture ${i}: luma mean ${lumaMean(gop.get(i))}`);
}

releaseGop(gop);
console.log("after release:", memoryStats());
console.log("freed by collect():", collect());

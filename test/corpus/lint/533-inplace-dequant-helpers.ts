// Dequantises a decoded coefficient frame block by block with in-place helpers, level-shifts it and blanks the border macroblocks.
import { full, zeros, NDArray } from "ndalias";

const B = 8;

const QTABLE = full([B, B], 6);
QTABLE.set([0, 0], 4);
QTABLE.assign("4:, 4:", 10);

function blockSpec(by: number, bx: number): string {
  return `${by * B}:${by * B + B}, ${bx * B}:${bx * B + B}`;
}

function dequantBlock(frame: NDArray, by: number, bx: number, q: NDArray): void {
  const blk = frame.slice(blockSpec(by, bx));
  blk.imul(q);
}

function levelShift(frame: NDArray): void {
  frame.iadd(128);
}

function clampPlane(plane: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < plane.size; i++) {
    const v = plane.data[i] as number;
    plane.data[i] = v < lo ? lo : v > hi ? hi : v;
  }
}

const frame = zeros([24, 24]);
for (let r = 0; r < 24; r += B) {
  for (let c = 0; c < 24; c += B) {
    frame.set([r, c], ((r + c) % 16) - 4);
    frame.set([r + 1, c], 1);
  }
}

for (let by = 0; by < 3; by++) {
  for (let bx = 0; bx < 3; bx++) {
    dequantBlock(frame, by, bx, QTABLE);
  }
}
levelShift(frame);
clampPlane(frame, 0, 255);

// Border macroblocks are outside the visible area: paint them mid-grey.
frame.slice("0:8, :").fill(128);
frame.slice("-8:, :").fill(128);
frame.slice(":, 0:8").fill(128);
frame.T.slice("-8:").fill(128);

const chroma = [zeros([12, 12]), zeros([12, 12])];
chroma.forEach((plane) => plane.fill(128));

console.log("visible block:", frame.slice(blockSpec(1, 1)).tolist());
console.log("frame mean:", frame.mean(), "chroma means:", chroma.map((p) => p.mean()));

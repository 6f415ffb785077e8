// Frame-differencing motion tracker with double-buffered grey frames, an NCHW batch for the classifier and a per-tile motion map.
import { zeros, NDArray } from "ndalias";

const H = 6;
const W = 8;
const TILE = 2;

function grab(t: number): NDArray {
  const frame = zeros([H, W]);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const objectHere = x >= t % W && x < (t % W) + 2 && y >= 2 && y < 4;
      frame.set([y, x], objectHere ? 220 : 30 + ((x + y) % 3));
    }
  }
  return frame;
}

function motionMap(prev: NDArray, curr: NDArray): NDArray {
  const tilesY = H / TILE;
  const tilesX = W / TILE;
  const map = zeros([tilesY, tilesX]);
  const diff = curr.sub(prev);
  for (let ty = 0; ty < tilesY; ty++) {
    for (let tx = 0; tx < tilesX; tx++) {
      const tile = diff.slice(`${ty * TILE}:${(ty + 1) * TILE}, ${tx * TILE}:${(tx + 1) * TILE}`);
      map.set([ty, tx], tile.mul(tile).mean());
    }
  }
  return map;
}

function argmax2d(a: NDArray): [number, number] {
  let best: [number, number] = [0, 0];
  for (let y = 0; y < a.shape[0]; y++) {
    for (let x = 0; x < a.shape[1]; x++) {
      if (a.get(y, x) > a.get(best[0], best[1])) best = [y, x];
    }
  }
  return best;
}

// two independent buffers that never share memory: the newest frame and the one before it
let front = zeros([H, W]);
let back = zeros([H, W]);
const track: Array<[number, number]> = [];

for (let t = 0; t < 5; t++) {
  back.assign("...", grab(t));
  if (t > 0) {
    const motion = motionMap(front, back);
    track.push(argmax2d(motion));
  }
  [front, back] = [back, front];
}
console.log("tile track:", track.map(([y, x]) => `(${y},${x})`).join(" -> "));

// a classifier batch: N frames stacked, then viewed channels-first without copying
const batch = zeros([3, H, W, 1]);
for (let n = 0; n < 3; n++) {
  batch.slice(n).assign("...", grab(n + 5).expandDims(2));
}
const nchw = batch.transpose(0, 3, 1, 2);
console.log("classifier input:", nchw.shape.join("x"), "mean:", nchw.mean().toFixed(2));
const perSample = [0, 1, 2].map((n) => nchw.slice(n).max());
console.log("per-sample peak:", perSample.join(", "));

// normalise the batch in place for the classifier, then hand over a fresh NCHW view
batch.isub(batch.mean());
batch.idiv(Math.max(batch.max(), -batch.min()));
const classifierInput = batch.transpose(0, 3, 1, 2);
console.log("normalised range:", classifierInput.min().toFixed(3), classifierInput.max().toFixed(3));

// the overlay is drawn on its own copy of the newest frame
const overlay = front.copy();
for (const [ty, tx] of track) {
  overlay.slice(`${ty * TILE}:${(ty + 1) * TILE}, ${tx * TILE}:${(tx + 1) * TILE}`).fill(255);
}
console.log("overlay bright pixels:", overlay.tolist());
console.log("newest frame mean:", front.mean().toFixed(2), "previous frame mean:", back.mean().toFixed(2));

// accumulate a motion-energy image over the newest pair under its own name
const energy = motionMap(back, front);
energy.idiv(energy.max() || 1);
console.log("motion energy:", energy.tolist());

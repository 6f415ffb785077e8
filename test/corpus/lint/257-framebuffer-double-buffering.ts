// A software renderer with double-buffered float framebuffers, a depth buffer, a pause overlay that dims the frame, and scanout.
import { zeros, full, NDArray } from "ndalias";

const W = 8;
const H = 4;
const BG = 0.1;

let front = zeros([H, W], "float32");
let back = zeros([H, W], "float32");
const depth = full([H, W], 1, "float32");

function drawSprite(target: NDArray, x: number, y: number, z: number, color: number): void {
  for (let r = y; r < Math.min(H, y + 2); r++) {
    for (let c = x; c < Math.min(W, x + 2); c++) {
      if (z >= depth.get(r, c)) continue;
      depth.set([r, c], z);
      target.set([r, c], color);
    }
  }
}

function clearDepth(): void {
  depth.flatten().fill(1); // expect: no-lost-write
}

function scanout(frame: NDArray): number {
  let checksum = 0;
  for (let r = 0; r < H; r++) checksum += frame.slice(r).sum() * (r + 1);
  return checksum;
}

function pauseOverlay(): number {
  const dimmed = front;
  dimmed.imul(0.5); // expect: no-alias-mutation
  return scanout(dimmed);
}

for (let frame = 0; frame < 3; frame++) {
  back.fill(BG);
  clearDepth();
  drawSprite(back, frame, 1, 0.5, 0.9);
  drawSprite(back, frame + 1, 1, 0.3, 0.6);
  back.slice(0).fill(0);
  [front, back] = [back, front];
  console.log(`frame ${frame} checksum:`, scanout(front));
}

console.log("paused checksum:", pauseOverlay());
console.log("resume checksum:", scanout(front), "back buffer stale:", back.mean());

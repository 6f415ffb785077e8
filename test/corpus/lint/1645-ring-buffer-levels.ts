// Streams synthetic audio blocks into a growable ring buffer with a fade-in and a limiter, then reports block levels and the tail.
// runnable
import { zeros, linspace, NDArray } from "ndalias";

const BLOCK = 4;

function synthBlock(seed: number): NDArray {
  const out = zeros(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    out.set(i, Math.sin(seed * 1.7 + i) * (1 + (seed % 3)));
  }
  return out;
}

function clampInPlace(x: NDArray, limit: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    if (v > limit) x.set(i, limit);
    else if (v < -limit) x.set(i, -limit);
  }
}

function streamBlocks(nBlocks: number, gain: number): { ring: NDArray; levels: number[]; hot: number } {
  let capacity = BLOCK * 2;
  let ring = zeros(capacity);
  let used = 0;
  const levels: number[] = [];
  const fade = linspace(0, 1, BLOCK);
  let hot = 0;

  for (let b = 0; b < nBlocks; b++) {
    const block = synthBlock(b);
    if (b === 0) {
      block.imul(fade);
    }
    block.imul(gain);
    const peak = Math.max(block.max(), -block.min());
    if (peak === 0) {
      continue;
    }
    if (peak > 1) {
      block.idiv(peak);
    }

    if (used + BLOCK > capacity) {
      // grow: copy the filled part into a larger buffer and rebind the name
      const old = ring;
      capacity *= 2;
      ring = zeros(capacity);
      ring.slice(`:${used}`).assign(":", old.slice(`:${used}`));
      console.log("grew ring to", capacity, "samples; carried energy", old.mul(old).sum().toFixed(3));
    }

    ring.slice(`${used}:${used + BLOCK}`).assign(":", block);
    used += BLOCK;

    const recent = ring.slice(`${used - BLOCK}:${used}`);
    levels.push(recent.mean());
    if (recent.max() > 0.95) {
      hot += 1;
    }
  }

  if (used === 0) {
    return { ring, levels, hot };
  }

  const tail = ring.slice(`${used - BLOCK}:${used}`);
  console.log("tail level before normalising:", tail.mean().toFixed(4));

  const loudest = Math.max(ring.max(), -ring.min());
  if (loudest > 0) {
    ring.idiv(loudest); // expect: no-view-mutation
  }

  const clickIdx = [0, 1];
  const clicks = ring.take(clickIdx);
  clicks.fill(0); // expect: no-lost-write

  console.log("tail samples:", tail.tolist());
  return { ring, levels, hot };
}

const { ring, levels, hot } = streamBlocks(5, 1.5);
const filled = ring.slice(":20");
console.log("levels:", levels.map((l) => l.toFixed(3)).join(" "), "hot blocks:", hot);
console.log("filled mean:", filled.mean().toFixed(4));

const safe = ring.copy();
clampInPlace(safe, 0.5);
console.log("clamped copy:", safe.slice(":8").tolist());
console.log("first samples of the ring:", ring.slice(":4").tolist());

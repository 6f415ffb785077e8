// Lidar front end: recycles range buffers between scans, estimates forward motion from consecutive scans and reports median clearance.
import { array, full, zeros, NDArray } from "ndalias";

const BEAMS = 12;
const MAX_RANGE = 8;
const FRONT = "4:8";

function synthScan(t: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < BEAMS; i++) {
    const wall = 6 - 0.25 * t + 0.1 * Math.abs(i - 5.5);
    out.push(i % 7 === 3 ? MAX_RANGE + 1 : wall);
  }
  return out;
}

function sanitize(raw: number[]): NDArray {
  return array(raw.map((r) => (Number.isFinite(r) ? Math.min(r, MAX_RANGE) : MAX_RANGE)));
}

function forwardShift(prev: NDArray, curr: NDArray): number {
  const diff = prev.slice(FRONT).sub(curr.slice(FRONT));
  return diff.mean();
}

export function medianRange(scan: NDArray): number {
  scan.sort(); // expect: no-alias-mutation
  return scan.get(Math.floor(scan.size / 2));
}

export function medianRangeSafe(scan: NDArray): number {
  const sorted = scan.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

class ScanRing {
  #slots: NDArray;
  #head = 0;
  #filled = 0;

  constructor(depth: number) {
    this.#slots = zeros([depth, BEAMS]);
  }

  push(scan: NDArray): void {
    this.#slots.slice(this.#head).assign(":", scan);
    this.#head = (this.#head + 1) % this.#slots.shape[0];
    this.#filled = Math.min(this.#filled + 1, this.#slots.shape[0]);
  }

  latest(): NDArray {
    const idx = (this.#head + this.#slots.shape[0] - 1) % this.#slots.shape[0];
    return this.#slots.slice(idx).copy();
  }

  meanClearance(): number {
    if (this.#filled === 0) return MAX_RANGE;
    return this.#slots.slice(`0:${this.#filled}`).mean();
  }
}

export function trackForward(numScans: number): number[] {
  let previous: NDArray = full(BEAMS, MAX_RANGE);
  const current = zeros(BEAMS);
  const motions: number[] = [];
  for (let t = 0; t < numScans; t++) {
    current.assign(":", sanitize(synthScan(t))); // expect: no-alias-mutation
    if (t > 0) motions.push(forwardShift(previous, current));
    // keep this scan around for the next comparison
    previous = current;
  }
  return motions;
}

export function trackForwardSwapped(numScans: number): number[] {
  let previous = zeros(BEAMS);
  let current = zeros(BEAMS);
  const motions: number[] = [];
  for (let t = 0; t < numScans; t++) {
    current.assign(":", sanitize(synthScan(t)));
    if (t > 0) motions.push(forwardShift(previous, current));
    [previous, current] = [current, previous];
  }
  return motions;
}

const ring = new ScanRing(4);
for (let t = 0; t < 6; t++) ring.push(sanitize(synthScan(t)));
const newest = ring.latest();
console.log("median clearance (safe):", medianRangeSafe(newest));
console.log("median clearance:", medianRange(newest));
console.log("ring mean clearance:", ring.meanClearance().toFixed(3));
console.log("motion (buggy):", trackForward(5));
console.log("motion (swapped):", trackForwardSwapped(5));

// Vibration monitor: keeps the last accelerometer frames in a ring buffer, drops stale slots and reports the AC RMS level.
// runnable
import { array, zeros, NDArray } from "ndalias";

const FRAME = 4;
const SLOTS = 3;

const ring = zeros([SLOTS, FRAME]);
const stamps = array([-1, -1, -1]);
let head = 0;

function pushFrame(frame: NDArray, stamp: number): void {
  ring.slice(head).assign(":", frame);
  stamps.set(head, stamp);
  head = (head + 1) % SLOTS;
}

function acRms(frame: NDArray): number {
  const centred = frame.flatten();
  centred.isub(frame.mean()); // expect: no-lost-write
  return Math.sqrt(frame.mul(frame).mean());
}

function dropStale(now: number, maxAge: number): number {
  const stale: number[] = [];
  for (let s = 0; s < SLOTS; s++) {
    if (stamps.get(s) >= 0 && now - stamps.get(s) > maxAge) stale.push(s);
  }
  if (stale.length > 0) {
    ring.take(stale, 0).fill(0); // expect: no-lost-write
    for (const s of stale) stamps.set(s, -1);
  }
  return stale.length;
}

function peakToPeak(frame: NDArray): number {
  const sorted = frame.copy();
  sorted.sort();
  return sorted.get(sorted.size - 1) - sorted.get(0);
}

const incoming = [
  array([9.79, 9.83, 9.81, 9.80]),
  array([9.60, 10.02, 9.55, 10.08]),
  array([9.20, 10.40, 9.10, 10.50]),
];

incoming.forEach((frame, i) => pushFrame(frame, i * 10));

const dropped = dropStale(35, 20);
console.log("dropped slots:", dropped, "stamps:", stamps.tolist());

for (let s = 0; s < SLOTS; s++) {
  const frame = ring.slice(s);
  console.log(`slot ${s}: rms=${acRms(frame).toFixed(3)} p2p=${peakToPeak(frame).toFixed(3)}`);
}
console.log("ring:", ring.tolist());

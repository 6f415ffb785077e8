// Stereo input meter: per-channel peak, RMS and a percentile loudness estimate, a make-up gain stage and a mono-compatibility check of one captured block.
// runnable
import { array, NDArray } from "ndalias";

const MAKEUP_DB = 6;

function dbfs(level: number): number {
  return level > 0 ? 20 * Math.log10(level) : -Infinity;
}

function fmt(db: number): string {
  return Number.isFinite(db) ? `${db.toFixed(1)} dBFS` : "-inf";
}

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

// Level below which the given fraction of absolute sample values fall.
function percentile(x: NDArray, q: number): number {
  const magnitudes = x.flatten();
  for (let i = 0; i < magnitudes.size; i++) {
    magnitudes.set(i, Math.abs(magnitudes.get(i) as number));
  }
  magnitudes.sort();
  const idx = Math.min(magnitudes.size - 1, Math.floor(q * magnitudes.size));
  return magnitudes.get(idx);
}

function meterChannel(label: string, channel: NDArray): void {
  console.log(
    `${label}: peak ${fmt(dbfs(peak(channel)))}, rms ${fmt(dbfs(rms(channel)))}, ` +
      `p90 ${fmt(dbfs(percentile(channel, 0.9)))}`,
  );
}

// One captured block, frames x [left, right].
const block = array([
  [0.12, 0.1],
  [0.3, 0.28],
  [-0.25, -0.2],
  [0.41, 0.35],
  [-0.38, -0.4],
  [0.05, 0.09],
  [-0.18, -0.15],
  [0.22, 0.25],
]);

console.log("--- input ---");
meterChannel("L", block.slice(":", 0));
meterChannel("R", block.slice(":", 1));

// Make-up gain for the monitor path.
const gain = Math.pow(10, MAKEUP_DB / 20);
const monitor = block.copy();
monitor.imul(gain); // expect: no-lost-write
console.log("--- monitor ---");
meterChannel("L", block.slice(":", 0));
meterChannel("R", block.slice(":", 1));

// A correctly gained copy for the headroom readout.
const boosted = block.mul(gain);
const headroom = -dbfs(peak(boosted));
console.log(`headroom after make-up: ${headroom.toFixed(1)} dB`);

// Mono-compatibility check: silence the right channel, then compare the fold-down level.
block.take([1], 1).fill(0); // expect: no-lost-write
const fold = block.slice(":", 0).add(block.slice(":", 1));
fold.imul(0.5);
console.log(`mono fold-down rms: ${fmt(dbfs(rms(fold)))}`);

// Correlation between channels of the captured block.
const left = block.slice(":", 0);
const right = block.slice(":", 1);
const num = left.mul(right).sum();
const den = Math.sqrt(left.mul(left).sum() * right.mul(right).sum());
console.log(`inter-channel correlation: ${(den > 0 ? num / den : 0).toFixed(3)}`);

// Balance readout in dB, left over right.
const balance = dbfs(rms(left)) - dbfs(rms(right));
console.log(`balance L/R: ${balance.toFixed(2)} dB`);

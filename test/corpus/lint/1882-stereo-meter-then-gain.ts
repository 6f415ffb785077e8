// Meters the channels of an interleaved stereo block through views, then applies balance and output gain and sends the block out.
// runnable
import { array, NDArray } from "ndalias";

const FRAMES = 5;

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function toDb(g: number): string {
  return g > 0 ? `${(20 * Math.log10(g)).toFixed(2)} dB` : "-inf dB";
}

function sendToOutput(port: string, block: NDArray): void {
  const frames = block.reshape(block.size / 2, 2).tolist() as number[][];
  console.log(`[${port}]`, frames.map(([l, r]) => `${l.toFixed(3)}|${r.toFixed(3)}`).join("  "));
}

const interleaved = array([0.21, -0.4, 0.66, 0.35, -0.52, 0.8, 0.14, -0.27, 0.39, 0.58]);
const left = interleaved.slice("::2");
const right = interleaved.slice("1::2");

// Metering: every read of the channel views happens before the block is modified.
const leftPeak = peak(left);
const rightPeak = peak(right);
const leftRms = rms(left);
const rightRms = rms(right);
console.log(`frames ${FRAMES}`);
console.log(`L peak ${toDb(leftPeak)} rms ${toDb(leftRms)}`);
console.log(`R peak ${toDb(rightPeak)} rms ${toDb(rightRms)}`);

// Keep a private copy of each channel for the stereo-width display.
const sideDisplay = left.sub(right);
sideDisplay.imul(0.5);
const midDisplay = left.copy();
midDisplay.iadd(right);
midDisplay.imul(0.5);
console.log("mid:", midDisplay.tolist(), "side rms:", toDb(rms(sideDisplay)));

// Balance: bring the louder channel down to match, then apply the output gain.
const balance = leftRms > rightRms ? rightRms / leftRms : leftRms / rightRms;
if (leftRms > rightRms) {
  interleaved.slice("::2").imul(balance);
} else {
  interleaved.slice("1::2").imul(balance);
}
interleaved.imul(0.9);
interleaved.slice(":2").fill(0);

sendToOutput("main", interleaved);
console.log("output peak:", toDb(peak(interleaved)));

// Frames view made after the writes: it sees the processed block by design.
const frames = interleaved.reshape(FRAMES, 2);
console.log("last frame:", frames.slice(FRAMES - 1).tolist());
console.log("first frame muted:", Number(frames.get(0, 0)) === 0 && Number(frames.get(0, 1)) === 0);

// A second block from another source never shares memory with the first.
const aux = array([0.05, 0.05, 0.1, 0.1, 0.15, 0.15, 0.1, 0.1, 0.05, 0.05]);
aux.imul(2);
const summed = interleaved.add(aux);
summed.imul(0.5);
sendToOutput("aux+main", summed);
sendToOutput("aux", aux);

// Width control on a copy of the processed block; the original is printed unchanged.
const widened = interleaved.copy();
const wl = widened.slice("::2");
const wr = widened.slice("1::2");
const m = wl.add(wr).mul(0.5);
const s = wl.sub(wr).mul(0.5 * 1.4);
widened.slice("::2").assign(":", m.add(s));
widened.slice("1::2").assign(":", m.sub(s));
sendToOutput("wide", widened);
sendToOutput("main again", interleaved);

// Splits an interleaved stereo block into channel views for metering, pans the monitor send, removes DC and writes the block out.
// runnable
import { array, zeros, NDArray } from "ndalias";

const FRAMES = 6;
const SAMPLE_RATE = 48000;

function peakDb(channel: NDArray): number {
  const peak = Math.max(channel.max(), -channel.min());
  return peak > 0 ? 20 * Math.log10(peak) : -Infinity;
}

function rmsDb(channel: NDArray): number {
  const power = channel.mul(channel).mean();
  return power > 0 ? 10 * Math.log10(power) : -Infinity;
}

function formatMeter(label: string, db: number): string {
  const bars = Math.max(0, Math.min(8, Math.round((db + 24) / 3)));
  return `${label.padEnd(10)} |${"#".repeat(bars).padEnd(8)}| ${db.toFixed(1)} dB`;
}

function writeToDevice(port: string, block: NDArray): void {
  const frames: string[] = [];
  for (let i = 0; i + 1 < block.size; i += 2) {
    const l = Number(block.get(i));
    const r = Number(block.get(i + 1));
    frames.push(`${l.toFixed(3)}/${r.toFixed(3)}`);
  }
  console.log(`[${port}]`, frames.join("  "));
}

function correlation(a: NDArray, b: NDArray): number {
  const num = a.mul(b).sum();
  const den = Math.sqrt(a.mul(a).sum() * b.mul(b).sum());
  return den === 0 ? 0 : num / den;
}

// One block from the audio interface: L R L R ...
const interleaved = array([
  0.52, -0.25, 0.81, 0.12, -0.64, 0.41, 0.33, -0.92, 0.07, 0.21, -0.18, 0.7,
]);
const left = interleaved.slice("::2");
const right = interleaved.slice("1::2");

console.log(`block of ${FRAMES} frames at ${SAMPLE_RATE} Hz`);
console.log(formatMeter("left peak", peakDb(left)));
console.log(formatMeter("right peak", peakDb(right)));
console.log(formatMeter("left rms", rmsDb(left)));
console.log(formatMeter("right rms", rmsDb(right)));
console.log("phase correlation:", correlation(left, right).toFixed(3));

// Sidechain key: a private, boosted copy of the left channel.
const sidechain = left.copy();
sidechain.imul(2);
console.log(formatMeter("sidechain", peakDb(sidechain)));

// Mono fold-down for the phone check, in its own memory.
const mono = left.add(right).mul(0.5);
console.log(formatMeter("mono", peakDb(mono)));

// Monitor send: the left channel at -3 dB for the talkback mix.
left.imul(Math.SQRT1_2); // expect: no-view-mutation
writeToDevice("main out", interleaved);

// Remove the DC offset of the whole block before the next stage.
interleaved.isub(interleaved.mean()); // expect: no-view-mutation
console.log(formatMeter("monitor", peakDb(left)));

// Next block starts from silence; its channels are written with the chained view idiom.
const nextBlock = zeros(FRAMES * 2);
nextBlock.slice("::2").assign(":", mono);
nextBlock.slice("1::2").fill(0.25);
nextBlock.slice("1::2").imul(0.5);
writeToDevice("next out", nextBlock);

// A tempo-synced click track that never shares memory with the program material.
const click = zeros(FRAMES);
click.set(0, 1);
click.set(3, 0.5);
console.log("click:", click.tolist(), "click energy:", click.mul(click).sum());

// Mixes a stereo clip: keeps per-channel views in a record, applies a pan law and a de-click, renders a mono fold-down and prints levels.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface ChannelViews {
  left: NDArray;
  right: NDArray;
}

interface Meter {
  label: string;
  peak: number;
  rms: number;
}

function meter(label: string, x: NDArray): Meter {
  return { label, peak: Math.max(x.max(), -x.min()), rms: Math.sqrt(x.mul(x).mean()) };
}

function printMeters(meters: Meter[]): void {
  for (const m of meters) {
    console.log(`${m.label.padEnd(8)} peak=${m.peak.toFixed(3)} rms=${m.rms.toFixed(3)}`);
  }
}

function softLimit(x: NDArray, ceiling: number): NDArray {
  const out = x.copy();
  for (let i = 0; i < out.size; i++) {
    const v: number = out.get(i);
    out.set(i, ceiling * Math.tanh(v / ceiling));
  }
  return out;
}

function crestFactor(m: Meter): number {
  return m.rms > 0 ? m.peak / m.rms : 0;
}

function panGains(pan: number): [number, number] {
  const theta = ((pan + 1) * Math.PI) / 4;
  return [Math.cos(theta), Math.sin(theta)];
}

const stereo = array([
  [0.9, 0.5, -0.2, -0.6, 0.1, 0.7, 0.3, -0.4],
  [0.8, 0.4, -0.3, -0.5, 0.2, 0.6, 0.2, -0.3],
]);
const channels: ChannelViews = { left: stereo.slice(0), right: stereo.slice(1) };
const before = [meter("left", channels.left), meter("right", channels.right)];
printMeters(before);

// Stems are separate recordings: scaling one only changes that stem.
const stems: NDArray[] = [
  array([0.1, 0.2, 0.1, 0.0, -0.1, -0.2, -0.1, 0.0]),
  array([0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05]),
];
for (let i = 0; i < stems.length; i++) {
  stems[i].imul(0.5);
}
const stemBus = zeros(8);
for (const stem of stems) {
  stemBus.iadd(stem);
}

// Pan slightly to the right.
const [gainL, gainR] = panGains(0.3);
channels.left.imul(gainL); // expect: no-view-mutation
console.log("stereo energy after pan:", stereo.mul(stereo).sum().toFixed(4));

// Mono fold-down into a fresh buffer with a fade-out on its last two samples.
const mono = channels.left.add(channels.right);
mono.imul(0.5);
mono.iadd(stemBus);
mono.slice("-2:").imul(0.5);
console.log("mono:", (mono.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));

// De-click: silence the first frame of both channels.
stereo.assign(":, 0", 0); // expect: no-view-mutation
const after = [meter("left", channels.left), meter("right", channels.right), meter("mono", mono)];
printMeters(after);
const limited = softLimit(mono, 0.6);
const limitedMeter = meter("limited", limited);
printMeters([limitedMeter]);
console.log("crest factor before/after limiting:", crestFactor(after[2]).toFixed(2), crestFactor(limitedMeter).toFixed(2));
console.log("right channel:", channels.right.tolist());
console.log("stems:", stems.map((s) => s.sum().toFixed(3)).join(", "));

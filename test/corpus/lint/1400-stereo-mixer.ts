// Mixes mono stems into a stereo bus with gain and pan, removes DC offsets, limits the bus and prints output and pre-limiter input meters.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Stem {
  name: string;
  samples: NDArray;
  gainDb: number;
  pan: number;
  muted: boolean;
}

const CEILING = 0.9;
const dbToLinear = (db: number): number => 10 ** (db / 20);

function panGains(pan: number): [number, number] {
  const angle = ((pan + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function mixdown(stems: Stem[], length: number): NDArray {
  const bus = zeros([2, length]);
  for (const stem of stems) {
    if (stem.muted) continue;
    const [l, r] = panGains(stem.pan);
    const scaled = stem.samples.mul(dbToLinear(stem.gainDb));
    bus.slice(0).iadd(scaled.mul(l));
    bus.slice(1).iadd(scaled.mul(r));
  }
  return bus;
}

function peakOf(x: NDArray): number {
  return Math.max(Math.abs(x.max()), Math.abs(x.min()));
}

function crestFactorDb(x: NDArray): number {
  return 20 * Math.log10(peakOf(x) / rms(x));
}

const stems: Stem[] = [
  { name: "kick", samples: array([0.9, 0.1, -0.2, 0.8, 0.05, -0.1, 0.85, 0.0]), gainDb: 0, pan: 0, muted: false },
  { name: "bass", samples: array([0.5, 0.55, 0.45, 0.5, 0.6, 0.4, 0.5, 0.52]), gainDb: -2, pan: -0.2, muted: false },
  { name: "hats", samples: array([0.1, -0.1, 0.12, -0.08, 0.1, -0.11, 0.09, -0.1]), gainDb: -6, pan: 0.6, muted: false },
  { name: "scratch vox", samples: array([0.3, 0.2, 0.1, 0.0, -0.1, -0.2, -0.3, -0.2]), gainDb: -3, pan: 0, muted: true },
];

// Muted stems are silenced in the session so exported stems match the mix.
stems.forEach((stem) => {
  if (stem.muted) stem.samples.fill(0);
});

// The bass DI has a DC offset; centre every stem before mixing.
for (const stem of stems) {
  const centred = stem.samples.copy();
  centred.isub(stem.samples.mean()); // expect: no-lost-write
}

const N = stems[0].samples.size;
const bus = mixdown(stems, N);
const inputL = bus.slice(0);
const inputR = bus.slice(1);

const preview = bus.copy();
preview.imul(0.5);
console.log("half-level preview L:", preview.slice(0).tolist());

const peak = peakOf(bus);
if (peak > CEILING) {
  bus.imul(CEILING / peak); // expect: no-view-mutation
}

const output = bus.T.copy();
console.log("interleaved output:", output.tolist());
console.log("output peak:", peakOf(bus).toFixed(3));
console.log("input meters (pre-limiter) L/R:", rms(inputL).toFixed(3), rms(inputR).toFixed(3));
console.log("crest factor of the bus (dB):", crestFactorDb(bus).toFixed(2));
console.log("stem RMS:", stems.map((s) => `${s.name}=${rms(s.samples).toFixed(3)}`).join(", "));

// Preset morphing for a wavetable synth: blends two presets' parameter vectors, randomises a copy for humanised voices and prints the morph path, leaving the stored presets untouched.
// runnable
import { array, NDArray } from "ndalias";

// Parameter layout: [cutoff Hz, resonance, attack s, release s, detune cents, drive]
const PARAM_NAMES = ["cutoff", "resonance", "attack", "release", "detune", "drive"];
const LIMITS = array([
  [20, 20000],
  [0, 0.99],
  [0.001, 5],
  [0.005, 10],
  [-50, 50],
  [0, 4],
]);

interface Preset {
  name: string;
  params: NDArray;
}

const warmPad: Preset = { name: "warm pad", params: array([900, 0.2, 1.2, 2.5, 7, 0.4]) };
const acidLead: Preset = { name: "acid lead", params: array([2400, 0.85, 0.005, 0.12, 0, 2.2]) };

// Linear morph between two presets at position t in [0, 1].
function morph(a: Preset, b: Preset, t: number): NDArray {
  const blended = a.params.mul(1 - t);
  blended.iadd(b.params.mul(t));
  return blended;
}

// Clamps a parameter vector into the legal ranges, in a new array.
function clamp(params: NDArray): NDArray {
  const out = params.copy();
  for (let i = 0; i < out.size; i++) {
    const lo: number = LIMITS.get(i, 0);
    const hi: number = LIMITS.get(i, 1);
    out.set(i, Math.min(hi, Math.max(lo, out.get(i) as number)));
  }
  return out;
}

// Deterministic jitter so humanised voices differ slightly.
function humanize(params: NDArray, amount: number, seed: number): NDArray {
  let s = seed;
  const jittered = params.copy();
  for (let i = 0; i < jittered.size; i++) {
    s = (s * 16807) % 2147483647;
    const r = s / 2147483647 - 0.5;
    jittered.set(i, (jittered.get(i) as number) * (1 + amount * r));
  }
  return clamp(jittered);
}

function describe(params: NDArray): string {
  return PARAM_NAMES.map((n, i) => `${n}=${Number(params.get(i)).toFixed(3)}`).join(" ");
}

const fingerprintA = warmPad.params.sum();
const fingerprintB = acidLead.params.sum();

for (const t of [0, 0.25, 0.5, 0.75, 1]) {
  console.log(`t=${t}:`, describe(clamp(morph(warmPad, acidLead, t))));
}

const centre = morph(warmPad, acidLead, 0.5);
const voices = [1, 2, 3].map((seed) => humanize(centre, 0.1, seed));
voices.forEach((v, i) => console.log(`voice ${i}:`, describe(v)));

// Normalised float32 parameters for the DSP thread: each divided by its upper limit.
const forDsp = centre.astype("float32").idiv(LIMITS.slice(":", 1));
console.log("dsp params:", describe(forDsp));

// Sorted parameter magnitudes of the centre preset, for the debug overlay.
const magnitudes = centre.flatten();
magnitudes.sort();
console.log("smallest magnitude:", magnitudes.get(0), "largest:", magnitudes.get(magnitudes.size - 1));

// Spread of the humanised voices around the centre.
const spread = voices[0].sub(centre);
spread.imul(spread);
console.log("voice 0 squared deviation:", spread.sum().toFixed(4));

console.log("presets unchanged:", warmPad.params.sum() === fingerprintA && acidLead.params.sum() === fingerprintB);
console.log(warmPad.name, warmPad.params.tolist());
console.log(acidLead.name, acidLead.params.tolist());

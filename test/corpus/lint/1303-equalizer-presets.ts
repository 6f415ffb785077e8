// A four-band audio equalizer whose module-level gain vector is boosted, reset from presets and applied to a test frame.
import { array, ones, zeros, NDArray } from "ndalias";

const BANDS = 4;
const DEFAULT_GAINS = array([1.0, 0.9, 1.1, 1.0]);
const PRESETS: Record<string, number[]> = {
  flat: [1, 1, 1, 1],
  bass: [1.6, 1.2, 0.9, 0.8],
  vocal: [0.8, 1.3, 1.4, 0.9],
};

let gains: NDArray = ones(BANDS);
let history: number[] = [];

function resetGains(): void {
  gains = DEFAULT_GAINS.copy();
}

function loadPreset(name: string): void {
  const preset = PRESETS[name];
  if (preset === undefined) {
    throw new Error(`unknown preset "${name}", expected one of ${Object.keys(PRESETS).join(", ")}`);
  }
  gains = array(preset);
}

function boost(band: number, factor: number): number {
  gains.set(band, gains.get(band) * factor);
  history.push(gains.sum());
  return gains.get(band);
}

function attenuateAll(db: number): number {
  gains.imul(Math.pow(10, -db / 20));
  return gains.max();
}

function loudnessPreview(): number {
  let working: NDArray = gains;
  working = working.mul(2);
  working.iadd(0.25);
  return working.mean();
}

function applyTo(frame: NDArray): NDArray {
  const out = zeros(frame.size);
  for (let i = 0; i < frame.size; i++) {
    out.set(i, frame.get(i) * gains.get(i % BANDS));
  }
  return out;
}

function describe(): string {
  const parts: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    parts.push(`b${b}=${gains.get(b).toFixed(2)}`);
  }
  return parts.join(" ");
}

const testFrame = array([0.5, -0.25, 0.75, 0.1, -0.6, 0.3, 0.05, -0.9]);

resetGains();
console.log("default:", describe());
console.log("boosted band 0 to", boost(0, 1.5).toFixed(2));
console.log("preview loudness:", loudnessPreview().toFixed(3), "gains still:", describe());

const beforeAttenuation = gains;
console.log("peak gain before attenuation:", beforeAttenuation.max(), "sum:", beforeAttenuation.sum());
console.log("peak after -3 dB:", attenuateAll(3).toFixed(3));
console.log("equalized frame:", applyTo(testFrame).tolist());

const savedGains = gains;
console.log("saved gains:", savedGains.tolist());
gains = zeros(BANDS);
gains.fill(0.5);
gains.set(3, 0.25);
console.log("muted gains:", describe());
console.log("saved gains are unchanged:", savedGains.tolist());

loadPreset("bass");
boost(1, 1.1);
console.log("bass preset:", describe());
const bassFrame = applyTo(testFrame);
loadPreset("vocal");
attenuateAll(1);
console.log("vocal preset:", describe());
console.log("bass frame energy:", bassFrame.mul(bassFrame).sum().toFixed(4));
console.log("gain sums over time:", history.map((h) => h.toFixed(2)).join(", "));
history = [];
resetGains();
console.log("reset:", describe(), "defaults:", DEFAULT_GAINS.tolist());

// Synth preset manager: stores parameter snapshots, keeps an A/B slot for comparing edits, recalls sections of a preset and morphs between two presets.
import { array, zeros, NDArray } from "ndalias";

const CUTOFF = 0;
const RESONANCE = 1;
const ATTACK = 2;
const RELEASE = 3;
const DRIVE = 4;

interface Preset {
  name: string;
  values: NDArray;
}

function storePreset(name: string, values: NDArray): Preset {
  return { name, values: values.copy() };
}

/** Linear interpolation between two parameter vectors. */
function morph(from: NDArray, to: NDArray, t: number): NDArray {
  const out = from;
  out.iadd(to.sub(from).mul(t)); // expect: no-alias-mutation
  return out;
}

function clampParams(values: NDArray): void {
  for (let i = 0; i < values.size; i++) {
    values.data[i] = Math.min(1, Math.max(0, values.data[i] as number));
  }
}

function recall(preset: Preset, target: NDArray, section: "all" | "filter" | "envelope"): void {
  switch (section) {
    case "all":
      target.set(DRIVE, preset.values.get(DRIVE));
    // falls through
    case "filter":
      target.set(CUTOFF, preset.values.get(CUTOFF));
      target.set(RESONANCE, preset.values.get(RESONANCE));
      if (section === "filter") break;
    // falls through
    case "envelope":
      target.set(ATTACK, preset.values.get(ATTACK));
      target.set(RELEASE, preset.values.get(RELEASE));
      break;
  }
}

function distance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

const live = array([0.5, 0.2, 0.1, 0.4, 0.0]);
const presets: Preset[] = [storePreset("init", live)];

// A/B slot: what the user loaded, to compare the edit against
const slotA: Preset = { name: "A", values: live };

live.set(CUTOFF, 0.85); // expect: no-alias-mutation
clampParams(live);

console.log("A/B distance:", distance(live, slotA.values).toFixed(3));
presets.push(storePreset("bright", live));

const restored = zeros(live.size);
recall(presets[1], restored, "envelope");
recall(presets[0], restored, "filter");
console.log("restored:", restored.tolist());

const blended = morph(presets[0].values, presets[1].values, 0.5);
console.log("half-way blend:", blended.tolist());
console.log("init preset:", presets[0].values.tolist());

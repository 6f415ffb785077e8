// Preset editor: voices get private copies of the preset's envelope and wavetable, edits go to the preset, and snapshots are saved.
import { array, NDArray } from "ndalias";

interface Preset {
  name: string;
  envelope: NDArray;
  wavetable: NDArray;
  detune: number;
}

interface Voice {
  note: number;
  envelope: NDArray;
  wavetable: NDArray;
}

const lead: Preset = {
  name: "lead",
  envelope: array([0.0, 1.0, 0.7, 0.2]),
  wavetable: array([0.0, 0.7, 1.0, 0.7, 0.0, -0.7, -1.0, -0.7]),
  detune: 0.03,
};

function voiceFromPreset(preset: Preset, note: number, velocity: number): Voice {
  const envelope = preset.envelope.copy();
  envelope.imul(velocity / 127);
  const wavetable = preset.wavetable.astype("float32");
  if (note < 48) {
    wavetable.imul(1.2);
  }
  return { note, envelope, wavetable };
}

function sampleAt(voice: Voice, phase: number): number {
  const n = voice.wavetable.size;
  const pos = ((phase % 1) + 1) % 1 * n;
  const i = Math.floor(pos);
  const frac = pos - i;
  const a = Number(voice.wavetable.get(i % n));
  const b = Number(voice.wavetable.get((i + 1) % n));
  return (a + (b - a) * frac) * Number(voice.envelope.get(2));
}

function describe(label: string, arr: NDArray): string {
  return `${label}: [${(arr.tolist() as number[]).map((x) => x.toFixed(2)).join(", ")}]`;
}

// Two voices share nothing with the preset or with each other.
const low = voiceFromPreset(lead, 40, 110);
const high = voiceFromPreset(lead, 76, 64);
high.envelope.set(3, 0.05);
console.log(describe("low env", low.envelope), describe("low wave", low.wavetable));
console.log(describe("high env", high.envelope));
console.log("samples:", sampleAt(low, 0.3).toFixed(3), sampleAt(high, 0.3).toFixed(3));

// The editor UI reads the current envelope for its display before the knob moves.
const displayed = lead.envelope;
console.log(describe("display", displayed), "sustain", Number(displayed.get(2)).toFixed(2));

// Knob edits go straight into the preset and are read back through the preset.
lead.envelope.set(2, 0.55);
lead.envelope.set(3, 0.35);
console.log(describe("edited env", lead.envelope));

// A harmonic sweep edits a private working copy which is then shown and compared.
const working = lead.wavetable.copy();
working.slice("::2").imul(0.5);
working.isub(working.mean());
console.log(describe("working wave", working));
console.log("difference energy:", working.sub(lead.wavetable).mul(working.sub(lead.wavetable)).sum().toFixed(4));

// Snapshot the edited preset: names made after the edits see the new values on purpose.
lead.wavetable.imul(0.9);
const snapshot = { name: `${lead.name} (saved)`, envelope: lead.envelope, wavetable: lead.wavetable };
console.log(describe("saved env", snapshot.envelope), describe("saved wave", snapshot.wavetable));

// Undo history stores independent copies taken before each edit.
const history: NDArray[] = [];
history.push(lead.envelope.copy());
lead.envelope.set(1, 0.9);
history.push(lead.envelope.copy());
lead.envelope.set(0, 0.1);
console.log("history:");
for (const [i, h] of history.entries()) console.log(" ", i, describe("env", h));
console.log(describe("current env", lead.envelope));

const restored = history[0].copy();
restored.set(3, 0.3);
console.log(describe("restored", restored));

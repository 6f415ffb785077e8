// Starts synth voices from a shared preset bank, scaling each voice's envelope by velocity, steals voices and prints the bank.
import { array, NDArray } from "ndalias";

interface Preset {
  name: string;
  envelope: NDArray; // attack, decay, sustain, release levels
  harmonics: NDArray;
}

interface Voice {
  note: number;
  velocity: number;
  envelope: NDArray;
  harmonics: NDArray;
  phase: number;
}

const bank: Preset[] = [
  { name: "pad", envelope: array([0.0, 0.8, 0.6, 0.3]), harmonics: array([1, 0.5, 0.25, 0.125]) },
  { name: "pluck", envelope: array([0.0, 1.0, 0.2, 0.0]), harmonics: array([1, 0.7, 0.4, 0.1]) },
  { name: "organ", envelope: array([1.0, 1.0, 1.0, 0.1]), harmonics: array([1, 1, 0.8, 0.6]) },
];

function findPreset(name: string): Preset {
  const preset = bank.find((p) => p.name === name);
  if (!preset) throw new Error(`unknown preset "${name}", have ${bank.map((p) => p.name).join(", ")}`);
  return preset;
}

function midiToHz(note: number): number {
  return 440 * Math.pow(2, (note - 69) / 12);
}

function startVoice(preset: Preset, note: number, velocity: number): Voice {
  const envelope = preset.envelope.mul(velocity / 127);
  const harmonics = preset.harmonics.copy();
  if (note > 84) {
    // thin out the top harmonics on high notes to avoid aliasing
    harmonics.slice("2:").imul(0.5);
  }
  return { note, velocity, envelope, harmonics, phase: 0 };
}

function stealVoice(victim: Voice, preset: Preset, note: number): number {
  const previous = victim.note;
  victim.envelope.assign(":", preset.envelope); // expect: no-alias-mutation
  victim.note = note;
  victim.phase = 0;
  return previous;
}

function releaseVoice(voice: Voice): void {
  voice.envelope.fill(0);
  voice.phase = 0;
}

function renderSample(voice: Voice, t: number): number {
  const f = midiToHz(voice.note);
  let s = 0;
  for (let h = 0; h < voice.harmonics.size; h++) {
    s += Number(voice.harmonics.get(h)) * Math.sin(2 * Math.PI * f * (h + 1) * t);
  }
  return s * Number(voice.envelope.get(2));
}

function describe(voice: Voice): string {
  const env = voice.envelope.tolist() as number[];
  return `note ${voice.note} vel ${voice.velocity} env [${env.map((x) => x.toFixed(2)).join(", ")}]`;
}

const voices: Voice[] = [];
voices.push(startVoice(findPreset("pad"), 60, 100));
voices.push(startVoice(findPreset("pluck"), 88, 64));
voices.push(startVoice(findPreset("organ"), 48, 127));

for (const v of voices) console.log(describe(v));

const stolenFrom = stealVoice(voices[0], findPreset("pluck"), 67);
console.log(`stole note ${stolenFrom}, now ${describe(voices[0])}`);

releaseVoice(voices[2]);
console.log("released:", describe(voices[2]));

// Quick audition from the front panel, without going through the voice allocator.
const pad = findPreset("pad");
const audition: Voice = {
  note: 72,
  velocity: 90,
  envelope: pad.envelope,
  harmonics: pad.harmonics.copy(),
  phase: 0,
};
audition.envelope.imul(audition.velocity / 127); // expect: no-alias-mutation
audition.harmonics.set(0, 0.9);

let peak = 0;
for (let i = 0; i < 32; i++) {
  peak = Math.max(peak, Math.abs(renderSample(audition, i / 44100)));
}
console.log("audition peak:", peak.toFixed(4));

console.log("preset bank:");
console.log(" ", pad.name, pad.envelope.tolist(), pad.harmonics.tolist());
for (const p of bank) {
  if (p !== pad) console.log(" ", p.name, p.envelope.tolist(), p.harmonics.tolist());
}

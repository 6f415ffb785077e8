// Polyphonic additive synth: voices start from a preset's harmonic amplitudes and ADSR envelope, with per-voice velocity scaling and a level-normalised preset bank.
import { array, zeros, NDArray } from "ndalias";

interface Preset {
  name: string;
  harmonics: NDArray; // amplitude of partials 1..n
  envelope: NDArray; // [attack s, decay s, sustain level, release s]
}

const ATTACK = 0;
const SUSTAIN = 2;

const BANK: Preset[] = [
  { name: "organ", harmonics: array([1, 0.5, 0.33, 0.25, 0.2]), envelope: array([0.01, 0.1, 0.9, 0.2]) },
  { name: "pluck", harmonics: array([1, 0.7, 0.2, 0.05, 0.01]), envelope: array([0.002, 0.3, 0.0, 0.15]) },
  { name: "pad", harmonics: array([0.8, 0.8, 0.6, 0.5, 0.4]), envelope: array([0.8, 0.5, 0.7, 1.5]) },
];

class Voice {
  age = 0;
  constructor(
    readonly note: number,
    readonly harmonics: NDArray,
    readonly envelope: NDArray,
  ) {}

  frequency(): number {
    return 440 * Math.pow(2, (this.note - 69) / 12);
  }

  // One block of the additive oscillator, ignoring the envelope shape.
  render(blockSize: number, sampleRate: number): NDArray {
    const out = zeros(blockSize);
    const f0 = this.frequency();
    for (let k = 0; k < this.harmonics.size; k++) {
      const amp: number = this.harmonics.get(k);
      for (let n = 0; n < blockSize; n++) {
        const t = (this.age + n) / sampleRate;
        out.set(n, (out.get(n) as number) + amp * Math.sin(2 * Math.PI * f0 * (k + 1) * t));
      }
    }
    this.age += blockSize;
    out.imul(this.envelope.get(SUSTAIN));
    return out;
  }
}

function findPreset(name: string): Preset {
  const preset = BANK.find((p) => p.name === name);
  if (!preset) throw new Error(`unknown preset "${name}"`);
  return preset;
}

// Bank maintenance: bring every preset to a common harmonic peak of 1.
function normalizeBank(): void {
  for (const preset of BANK) {
    const loudest = preset.harmonics.max();
    preset.harmonics.astype("float32").idiv(loudest); // expect: no-lost-write
  }
}

function startVoice(preset: Preset, note: number, velocity: number): Voice {
  const harmonics = preset.harmonics.copy();
  harmonics.imul(velocity);
  // Hard hits get a snappier attack.
  const envelope = preset.envelope;
  if (velocity > 0.8) {
    envelope.set(ATTACK, (envelope.get(ATTACK) as number) * 0.5); // expect: no-alias-mutation
  }
  return new Voice(note, harmonics, envelope);
}

function mix(voices: Voice[], blockSize: number): NDArray {
  const bus = zeros(blockSize);
  for (const v of voices) bus.iadd(v.render(blockSize, 48000));
  bus.idiv(Math.max(1, voices.length));
  return bus;
}

normalizeBank();

const organ = findPreset("organ");
const pluck = findPreset("pluck");
const active = [
  startVoice(organ, 60, 0.5),
  startVoice(organ, 64, 0.95),
  startVoice(pluck, 67, 0.7),
];

const block = mix(active, 16);
console.log("block peak:", Math.max(block.max(), -block.min()).toFixed(3));
for (const v of active) {
  console.log(`note ${v.note}: harmonics ${v.harmonics.tolist()} attack ${v.envelope.get(ATTACK)}`);
}

// The preset editor shows the bank as stored.
for (const p of BANK) {
  console.log(`${p.name}: harmonics ${p.harmonics.tolist()} envelope ${p.envelope.tolist()}`);
}

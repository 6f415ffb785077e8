// EEG montage: demeans channels, builds a circular bipolar montage of three scalp electrodes and prints derivation amplitudes.
import { array, NDArray } from "ndalias";

class Channel {
  ref: Channel | null = null;
  constructor(readonly label: string, public samples: NDArray) {}

  applyGain(microvoltsPerCount: number): void {
    this.samples.imul(microvoltsPerCount);
  }

  bipolar(): NDArray {
    if (this.ref === null) return this.samples.copy();
    return this.samples.sub(this.ref.samples);
  }
}

const recording = new Map<string, Channel>([
  ["Fz", new Channel("Fz", array([12, 15, 11, 9, 14, 18, 13, 10]))],
  ["Cz", new Channel("Cz", array([20, 22, 25, 19, 18, 24, 26, 21]))],
  ["Pz", new Channel("Pz", array([7, 9, 6, 8, 12, 10, 7, 5]))],
  ["Oz", new Channel("Oz", array([3, 4, 2, 5, 6, 3, 2, 4]))],
]);

function channel(label: string): Channel {
  const ch = recording.get(label);
  if (!ch) throw new Error(`no channel ${label} in recording`);
  return ch;
}

export function circularMontage(labels: string[]): Channel[] {
  const chain = labels.map(channel);
  if (chain.length < 2) return chain;
  const [first, second, third] = chain;
  first.ref = second;
  second.ref = third;
  third.ref = first; // expect: no-reference-cycle
  return chain;
}

export function linearMontage(labels: string[]): Channel[] {
  const chain = labels.map(channel);
  for (let i = 0; i + 1 < chain.length; i++) {
    chain[i].ref = chain[i + 1];
  }
  return chain;
}

export function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

for (const ch of recording.values()) ch.applyGain(0.5);

// remove the DC offset of the vertex electrode before referencing
const cz = channel("Cz");
const czSignal = cz.samples;
const czOffset = czSignal.mean();
czSignal.isub(czOffset); // expect: no-alias-mutation
console.log(`Cz offset ${czOffset.toFixed(2)} uV, residual mean ${czSignal.mean().toFixed(2)}`);

const ring = circularMontage(["Fz", "Cz", "Pz"]);
for (const ch of ring) {
  console.log(`${ch.label}-${ch.ref?.label ?? "none"}: rms ${rms(ch.bipolar()).toFixed(2)} uV`);
}
console.log("Cz peak for the artefact check:", cz.samples.max());

const posterior = linearMontage(["Pz", "Oz"]);
console.log("Pz-Oz:", (posterior[0].bipolar().tolist() as number[]).join(", "));

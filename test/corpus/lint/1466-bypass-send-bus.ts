// Track renderer for a small mixer: per-track insert effect with bypass, master trim, stereo balance and an aux send bus.
import { array, zeros, NDArray } from "ndalias";

interface InsertEffect {
  bypassed: boolean;
  render(input: NDArray): NDArray;
}

class Tremolo implements InsertEffect {
  bypassed = false;
  private phase = 0;
  constructor(
    private rateHz: number,
    private depth: number,
    private sampleRate: number,
  ) {}

  render(input: NDArray): NDArray {
    const frames = input.shape[1];
    const out = input.copy();
    for (let n = 0; n < frames; n++) {
      const lfo = 1 - this.depth * 0.5 * (1 + Math.sin(this.phase));
      out.slice(":", n).imul(lfo);
      this.phase += (2 * Math.PI * this.rateHz) / this.sampleRate;
    }
    return out;
  }
}

interface Track {
  name: string;
  effect: InsertEffect;
  trimDb: number;
  sendLevel: number;
  balance: number;
}

function dbToGain(db: number): number {
  return Math.pow(10, db / 20);
}

function renderTrack(track: Track, input: NDArray): NDArray {
  const routed = track.effect.bypassed ? input : track.effect.render(input);
  routed.imul(dbToGain(track.trimDb)); // expect: no-alias-mutation
  return routed;
}

function applyBalance(stereo: NDArray, balance: number): NDArray {
  const left = stereo.slice(0);
  const right = stereo.slice(1);
  if (balance > 0) {
    left.imul(1 - balance); // expect: no-view-mutation
  } else if (balance < 0) {
    right.imul(1 + balance); // expect: no-view-mutation
  }
  return stereo;
}

function accumulateSend(bus: NDArray, trackOut: NDArray, level: number): void {
  bus.iadd(trackOut.mul(level));
}

function rms(block: NDArray): number {
  return Math.sqrt(block.mul(block).mean());
}

const tracks: Track[] = [
  { name: "keys", effect: new Tremolo(4, 0.6, 48000), trimDb: -3, sendLevel: 0.25, balance: -0.2 },
  { name: "pad", effect: new Tremolo(0.5, 0.3, 48000), trimDb: -6, sendLevel: 0.5, balance: 0.3 },
];
tracks[1].effect.bypassed = true;

const inputs = [
  array([
    [0.3, 0.2, -0.1, 0.4],
    [0.25, 0.15, -0.05, 0.35],
  ]),
  array([
    [0.1, 0.1, 0.1, 0.1],
    [-0.1, -0.1, -0.1, -0.1],
  ]),
];

const auxBus = zeros([2, 4]);
const master = zeros([2, 4]);
for (let t = 0; t < tracks.length; t++) {
  const rendered = renderTrack(tracks[t], inputs[t]);
  const balanced = applyBalance(rendered, tracks[t].balance);
  accumulateSend(auxBus, balanced, tracks[t].sendLevel);
  master.iadd(balanced);
}

const returnGain = dbToGain(-4);
master.iadd(auxBus.mul(returnGain));

for (let t = 0; t < tracks.length; t++) {
  console.log(`${tracks[t].name} input rms:`, rms(inputs[t]).toFixed(4));
}
console.log("aux bus:", auxBus.tolist());
console.log("master:", master.tolist());

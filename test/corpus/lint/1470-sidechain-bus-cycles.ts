// Compressor with an external sidechain input and a bus table (object dtype) that groups track buffers for summing.
import { empty, zeros, array, NDArray } from "ndalias";

class Compressor {
  envelope: NDArray;
  gainReduction: NDArray;
  sidechain: Compressor | null = null;

  constructor(
    readonly name: string,
    blockSize: number,
    private threshold: number,
    private ratio: number,
  ) {
    this.envelope = zeros(blockSize);
    this.gainReduction = zeros(blockSize);
  }

  detect(input: NDArray): void {
    let env = 0;
    for (let i = 0; i < input.size; i++) {
      const level = Math.abs(input.get(i));
      env = Math.max(level, env * 0.9);
      this.envelope.set(i, env);
    }
  }

  process(input: NDArray): NDArray {
    const key = this.sidechain ?? this;
    const out = input.copy();
    for (let i = 0; i < out.size; i++) {
      const env = key.envelope.get(i);
      const over = Math.max(0, env - this.threshold);
      const reduced = env > 0 ? (env - over * (1 - 1 / this.ratio)) / env : 1;
      this.gainReduction.set(i, reduced);
      out.set(i, out.get(i) * reduced);
    }
    return out;
  }
}

function makeDucker(name: string, blockSize: number, selfKeyed: boolean): Compressor {
  const comp = new Compressor(name, blockSize, 0.3, 4);
  if (selfKeyed) {
    comp.sidechain = comp; // expect: no-reference-cycle
  }
  return comp;
}

function makeBusTable(tracks: NDArray[], withReturn: boolean): NDArray {
  const table = empty(tracks.length + 1, "object");
  for (let t = 0; t < tracks.length; t++) {
    table.set(t, tracks[t]);
  }
  if (withReturn) {
    // slot for the bus's own return so a group can be nested in itself
    table.set(tracks.length, table); // expect: no-reference-cycle
  }
  return table;
}

function sumBus(table: NDArray, blockSize: number): NDArray {
  const acc = zeros(blockSize);
  for (let t = 0; t < table.size; t++) {
    const member = table.get(t);
    if (member !== null && member !== undefined && member !== table) {
      acc.iadd(member);
    }
  }
  return acc;
}

const kick = array([0.9, 0.6, 0.2, 0.05, 0.9, 0.6, 0.2, 0.05]);
const bass = array([0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4]);
const pad = array([0.2, 0.25, 0.3, 0.25, 0.2, 0.25, 0.3, 0.25]);

const bassDucker = makeDucker("bass-duck", 8, false);
const kickSource = new Compressor("kick-detector", 8, 0.3, 4);
kickSource.detect(kick);
bassDucker.sidechain = kickSource;
const duckedBass = bassDucker.process(bass);

const padLimiter = makeDucker("pad-limit", 8, true);
padLimiter.detect(pad);
const limitedPad = padLimiter.process(pad);

const musicBus = makeBusTable([duckedBass, limitedPad], true);
const drumBus = makeBusTable([kick], false);
const mix = sumBus(musicBus, 8).add(sumBus(drumBus, 8));

console.log("bass gain reduction:", bassDucker.gainReduction.tolist());
console.log("pad gain reduction:", padLimiter.gainReduction.tolist());
console.log("mix:", mix.tolist());

// A sidechain compressor plugin: key filtering, envelope detection, gain computer with knee, lookahead buffering and gain-reduction metering.
import { zeros, full, NDArray } from "ndalias";

interface CompressorSettings {
  thresholdDb: number;
  ratio: number;
  kneeDb: number;
  attackMs: number;
  releaseMs: number;
  makeupDb: number;
}

const SAMPLE_RATE = 8000;

function msToCoeff(ms: number): number {
  return Math.exp(-1 / ((ms / 1000) * SAMPLE_RATE));
}

function toDb(x: number): number {
  return 20 * Math.log10(Math.max(1e-9, x));
}

function fromDb(db: number): number {
  return Math.pow(10, db / 20);
}

function highPass(x: NDArray, coeff: number): NDArray {
  const out = zeros(x.size);
  let prevIn = 0;
  let prevOut = 0;
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    prevOut = coeff * (prevOut + v - prevIn);
    prevIn = v;
    out.set(i, prevOut);
  }
  return out;
}

function silenceHead(x: NDArray, n: number): void {
  x.slice(`0:${Math.min(n, x.size)}`).fill(0);
}

function envelope(key: NDArray, attack: number, release: number, start: number): NDArray {
  const env = key.copy();
  let level = start;
  for (let i = 0; i < env.size; i++) {
    const rect = Math.abs(env.get(i));
    const coeff = rect > level ? attack : release;
    level = coeff * level + (1 - coeff) * rect;
    env.set(i, level);
  }
  return env;
}

function gainComputer(envDb: number, s: CompressorSettings): number {
  const over = envDb - s.thresholdDb;
  if (2 * over < -s.kneeDb) return 0;
  if (2 * Math.abs(over) <= s.kneeDb) {
    const t = over + s.kneeDb / 2;
    return ((1 / s.ratio - 1) * t * t) / (2 * s.kneeDb);
  }
  return (1 / s.ratio - 1) * over;
}

class Lookahead {
  private readonly line: NDArray;

  constructor(readonly delay: number) {
    this.line = zeros(delay);
  }

  push(block: NDArray): NDArray {
    const joined = zeros(this.delay + block.size);
    joined.assign(`0:${this.delay}`, this.line);
    joined.assign(`${this.delay}:`, block);
    this.line.assign(":", joined.slice(`${block.size}:`));
    return joined.slice(`0:${block.size}`).copy();
  }

  flush(): void {
    const pending = this.line.slice(":");
    const pendingPeak = Math.max(pending.max(), -pending.min());
    if (pendingPeak > 0) console.log(`lookahead flushed, discarded peak ${pendingPeak.toFixed(3)}`);
    this.line.fill(0);
  }
}

class GainReductionMeter {
  readonly history: NDArray;
  private pos = 0;

  constructor(length: number) {
    this.history = full(length, 0);
  }

  record(grDb: NDArray): void {
    this.history.set(this.pos % this.history.size, grDb.min());
    this.pos++;
  }

  worstDb(): number {
    return this.history.min();
  }
}

class SidechainCompressor {
  private level = 0;
  private readonly lookahead = new Lookahead(4);
  readonly meter = new GainReductionMeter(8);
  externalKey: NDArray | null = null;

  constructor(private readonly settings: CompressorSettings) {}

  process(block: NDArray): NDArray {
    const s = this.settings;
    const key = this.externalKey ? this.externalKey : block;
    const filtered = highPass(key, 0.95);
    const env = envelope(filtered, msToCoeff(s.attackMs), msToCoeff(s.releaseMs), this.level);
    this.level = env.get(env.size - 1);

    let grDb = zeros(env.size);
    let prevGr = zeros(env.size);
    for (let pass = 0; pass < 2; pass++) {
      [grDb, prevGr] = [prevGr, grDb];
      grDb.fill(0);
      for (let i = 0; i < env.size; i++) {
        const target = gainComputer(toDb(env.get(i)), s);
        grDb.set(i, pass === 0 ? target : 0.5 * (target + prevGr.get(i)));
      }
    }
    this.meter.record(grDb);

    const gain = zeros(grDb.size);
    for (let i = 0; i < gain.size; i++) gain.set(i, fromDb(grDb.get(i) + s.makeupDb));
    const delayed = this.lookahead.push(block);
    return delayed.mul(gain);
  }

  reset(): void {
    this.lookahead.flush();
    this.level = 0;
  }
}

function kickPattern(blockIndex: number, size: number): NDArray {
  const out = zeros(size);
  for (let i = 0; i < size; i++) {
    const t = blockIndex * size + i;
    out.set(i, t % 32 < 4 ? 0.9 : 0.05 * Math.sin(t));
  }
  return out;
}

function padSignal(blockIndex: number, size: number): NDArray {
  const out = zeros(size);
  for (let i = 0; i < size; i++) out.set(i, 0.5 * Math.sin((blockIndex * size + i) * 0.2));
  return out;
}

const comp = new SidechainCompressor({ thresholdDb: -18, ratio: 4, kneeDb: 6, attackMs: 1, releaseMs: 20, makeupDb: 2 });
const outRms: number[] = [];
for (let b = 0; b < 6; b++) {
  const pad = padSignal(b, 16);
  comp.externalKey = b % 2 === 0 ? kickPattern(b, 16) : null;
  const out = comp.process(pad);
  if (b === 0) silenceHead(out, 4);
  outRms.push(Math.sqrt(out.mul(out).mean()));
}
comp.reset();
console.log("output rms per block:", outRms.map((r) => r.toFixed(4)).join(" "));
console.log("worst gain reduction (dB):", comp.meter.worstDb().toFixed(2));
console.log("meter history:", comp.meter.history.tolist());

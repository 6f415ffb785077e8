// Lab instrument pipeline: acquires detector frames, subtracts the dark frame, normalises to exposure and flags saturated channels.
import { array, zeros, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface Frame {
  seq: number;
  exposureMs: number;
  temperature: number;
  counts: NDArray;
}

interface AcquisitionLog {
  seq: number;
  mean: number;
  saturated: number[];
}

const CHANNELS = 8;
const SATURATION = 4000;
const DARK_FRAME = zeros(CHANNELS);
let darkFramesAveraged = 0;

class Stack<T> {
  private readonly data: T[] = [];
  push(x: T): void {
    this.data.push(x);
  }
  pop(): Option<T> {
    return this.data.pop();
  }
  toArray(): T[] {
    return [...this.data];
  }
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function err<T>(error: string): Result<T> {
  return { ok: false, error };
}

function simulateReadout(seq: number, exposureMs: number, level: number): Frame {
  const counts = zeros(CHANNELS);
  for (let c = 0; c < CHANNELS; c++) {
    const hot = c === 5 ? 3.5 : 1;
    counts.set(c, Math.min(4095, Math.round(level * hot * (1 + 0.05 * Math.sin(seq + c)) + 40)));
  }
  return { seq, exposureMs, temperature: 21 + 0.1 * seq, counts };
}

function updateDarkFrame(dark: Frame): number {
  const n = darkFramesAveraged;
  DARK_FRAME.imul(n / (n + 1));
  DARK_FRAME.iadd(dark.counts.div(n + 1));
  darkFramesAveraged = n + 1;
  return DARK_FRAME.mean();
}

function validateFrame(frame: Frame): Result<Frame> {
  if (frame.counts.size !== CHANNELS) return err(`frame ${frame.seq}: expected ${CHANNELS} channels`);
  if (frame.exposureMs <= 0) return err(`frame ${frame.seq}: bad exposure ${frame.exposureMs}`);
  if (frame.temperature > 35) return err(`frame ${frame.seq}: detector too warm`);
  return ok(frame);
}

function darkCorrected(frame: Frame): NDArray {
  const corrected = frame.counts;
  corrected.isub(DARK_FRAME); // expect: no-alias-mutation
  return corrected;
}

function perSecond(frame: Frame): NDArray {
  const rate = darkCorrected(frame).mul(1000 / frame.exposureMs);
  frame.counts.astype("float64").idiv(frame.exposureMs / 1000); // expect: no-lost-write
  return rate;
}

function saturatedChannels(frame: Frame): number[] {
  const out: number[] = [];
  for (let c = 0; c < frame.counts.size; c++) {
    if (frame.counts.get(c) >= SATURATION) out.push(c);
  }
  return out;
}

function smooth3(trace: NDArray): NDArray {
  const out = trace.copy();
  for (let i = 1; i + 1 < trace.size; i++) {
    out.set(i, (trace.get(i - 1) + trace.get(i) + trace.get(i + 1)) / 3);
  }
  return out;
}

function describeFrame(frame: Frame): string {
  const peak = frame.counts.max();
  const floor = frame.counts.min();
  const headroom = ((SATURATION - peak) / SATURATION) * 100;
  return `#${frame.seq} ${frame.exposureMs}ms @${frame.temperature.toFixed(1)}C range ${floor}-${peak} headroom ${headroom.toFixed(0)}%`;
}

class Acquisition {
  private readonly log = new Stack<AcquisitionLog>();
  private readonly rates: NDArray[] = [];

  ingest(frame: Frame): Result<number> {
    const checked = validateFrame(frame);
    if (!checked.ok) return checked;
    const rate = perSecond(checked.value);
    this.rates.push(rate);
    this.log.push({ seq: frame.seq, mean: rate.mean(), saturated: saturatedChannels(frame) });
    return ok(rate.mean());
  }

  meanRate(): Option<NDArray> {
    if (this.rates.length === 0) return undefined;
    const total = zeros(CHANNELS);
    for (const r of this.rates) total.iadd(r);
    total.idiv(this.rates.length);
    return total;
  }

  entries(): AcquisitionLog[] {
    return this.log.toArray();
  }
}

for (let d = 0; d < 3; d++) {
  const dark = simulateReadout(100 + d, 200, 0);
  console.log(`dark ${d}: running mean ${updateDarkFrame(dark).toFixed(2)}`);
}

const acq = new Acquisition();
const frames = [simulateReadout(1, 200, 600), simulateReadout(2, 200, 1150), simulateReadout(3, -5, 500)];
for (const f of frames) {
  console.log(describeFrame(f));
  const r = acq.ingest(f);
  console.log(r.ok ? `frame ${f.seq}: mean rate ${r.value.toFixed(1)} counts/s` : r.error);
}
for (const entry of acq.entries()) {
  console.log(`frame ${entry.seq}: saturated channels [${entry.saturated.join(", ")}]`);
}
console.log("mean rate:", acq.meanRate()?.tolist());

const rawTrace = array([3.0, 3.4, 9.8, 3.1, 2.9, 3.3]);
const smoothTrace = smooth3(rawTrace);
const preferSmooth = process.argv.includes("--smooth");
const working = preferSmooth ? smoothTrace : rawTrace;
const gain = 1.8;
working.imul(gain); // expect: no-alias-mutation
console.log("working trace (gain applied):", working.tolist());
console.log("raw spike height:", rawTrace.max(), "smoothed spike height:", smoothTrace.max());

// Lab instrument pipeline: fits per-channel linear calibrations against reference standards and converts raw readings to units.
import { array, zeros, ones, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };
type Pair<A, B> = readonly [A, B];

interface Standard {
  id: string;
  nominal: number;
  readings: number[];
}

interface CalibrationRecord {
  channel: number;
  offset: number;
  slope: number;
  residual: number;
  fittedAt: number;
}

class Registry<K, V> {
  private readonly entries = new Map<K, V>();
  upsert(key: K, value: V): void {
    this.entries.set(key, value);
  }
  get(key: K): Option<V> {
    return this.entries.get(key);
  }
  all(): V[] {
    return [...this.entries.values()];
  }
}

function mean(xs: NDArray): number {
  return xs.sum() / xs.size;
}

function fitLine(x: NDArray, y: NDArray): Result<Pair<number, number>> {
  if (x.size !== y.size || x.size < 2) return { ok: false, error: `need matching series, got ${x.size}/${y.size}` };
  const mx = mean(x);
  const my = mean(y);
  const dx = x.sub(mx);
  const dy = y.sub(my);
  const sxx = dx.mul(dx).sum();
  if (sxx === 0) return { ok: false, error: "degenerate x series" };
  const slope = dx.mul(dy).sum() / sxx;
  return { ok: true, value: [my - slope * mx, slope] };
}

function residualRms(x: NDArray, y: NDArray, offset: number, slope: number): number {
  let predicted = x;
  predicted = predicted.mul(slope);
  predicted.iadd(offset);
  const err = predicted.sub(y);
  return Math.sqrt(err.mul(err).mean());
}

/** Applies per-channel gain and offset to a block of readings in place. */
function applyCalibrationInPlace(block: NDArray, offsets: NDArray, slopes: NDArray): void {
  for (let c = 0; c < block.shape[1]; c++) {
    const column = block.slice(":", c);
    column.imul(slopes.get(c));
    column.iadd(offsets.get(c));
  }
}

class Calibrator {
  private readonly coeffs: NDArray;
  private readonly records = new Registry<number, CalibrationRecord>();
  private clock = 0;

  constructor(readonly channels: number) {
    this.coeffs = zeros([channels, 2]);
    this.coeffs.slice(":", 1).fill(1);
  }

  fitChannel(channel: number, standards: Standard[]): Result<CalibrationRecord> {
    const raw = array(standards.map((s) => s.readings[channel] ?? NaN));
    const nominal = array(standards.map((s) => s.nominal));
    const fit = fitLine(raw, nominal);
    if (!fit.ok) return fit;
    const [offset, slope] = fit.value;
    const previous = this.coeffs.slice(channel);
    const drift = Math.abs(previous.get(1) - slope);
    this.coeffs.set([channel, 0], offset);
    this.coeffs.set([channel, 1], slope);
    const record: CalibrationRecord = {
      channel,
      offset,
      slope,
      residual: residualRms(raw, nominal, offset, slope),
      fittedAt: ++this.clock,
    };
    this.records.upsert(channel, record);
    return drift > 0.5 && this.clock > this.channels ? { ok: false, error: `channel ${channel} drifted by ${drift.toFixed(3)}` } : { ok: true, value: record };
  }

  offsets(): NDArray {
    return this.coeffs.slice(":", 0).copy();
  }

  slopes(): NDArray {
    return this.coeffs.slice(":", 1).copy();
  }

  convert(block: NDArray): NDArray {
    const out = block.astype("float64");
    applyCalibrationInPlace(out, this.offsets(), this.slopes());
    return out;
  }

  worstChannel(): Option<CalibrationRecord> {
    return this.records.all().reduce<Option<CalibrationRecord>>((w, r) => (!w || r.residual > w.residual ? r : w), undefined);
  }
}

function channelMeans(block: NDArray): NDArray {
  const means = zeros(block.shape[1]);
  for (let c = 0; c < block.shape[1]; c++) means.set(c, block.slice(":", c).mean());
  return means;
}

function relativeSpread(values: NDArray): NDArray {
  const spread = values.copy();
  const m = mean(values);
  spread.isub(m);
  spread.idiv(m === 0 ? 1 : m);
  return spread;
}

const standards: Standard[] = [
  { id: "STD-0", nominal: 0, readings: [101, 98, 120] },
  { id: "STD-50", nominal: 50, readings: [612, 590, 660] },
  { id: "STD-100", nominal: 100, readings: [1118, 1090, 1195] },
  { id: "STD-200", nominal: 200, readings: [2135, 2077, 2270] },
];

const calibrator = new Calibrator(3);
for (let ch = 0; ch < calibrator.channels; ch++) {
  const r = calibrator.fitChannel(ch, standards);
  console.log(r.ok ? `ch${ch}: offset ${r.value.offset.toFixed(2)}, slope ${r.value.slope.toFixed(4)}, rms ${r.value.residual.toFixed(3)}` : r.error);
}

const mid = standards.find((s) => s.id === "STD-100");
const block = array([
  [350, 340, 390],
  [780, 760, 840],
  [1500, 1460, 1610],
]);
const converted = calibrator.convert(block);
console.log("converted block:", converted.tolist());
console.log("raw block untouched:", block.slice(0).tolist());
console.log("channel means:", channelMeans(converted).tolist());
console.log("relative spread of slopes:", relativeSpread(calibrator.slopes()).tolist());
if (mid) console.log("mid standard check:", calibrator.convert(array([mid.readings])).tolist());

const worst = calibrator.worstChannel();
console.log("worst channel:", worst?.channel, "rms", worst?.residual.toFixed(3));

const weights = ones(3);
weights.imul(1 / 3);
console.log("weighted mean of block:", channelMeans(block).mul(weights).sum().toFixed(2));

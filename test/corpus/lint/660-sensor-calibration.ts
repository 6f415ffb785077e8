// Calibrates multi-channel sensor frames: validates each frame, removes the dark level, masks hot pixels, applies channel gains and prints a report.
// runnable
import { array, zeros, NDArray } from "ndalias";

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail<T>(error: string): Result<T> {
  return { ok: false, error };
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new Error(`calibration failed: ${result.error}`);
  }
  return result.value;
}

interface CalibrationConfig {
  darkLevel: number;
  gains: number[];
  hotPixels: Array<[number, number]>;
  saturation: number;
}

interface FrameStats {
  mean: number;
  min: number;
  max: number;
}

const DEFAULTS: CalibrationConfig = {
  darkLevel: 2,
  gains: [1, 1, 1],
  hotPixels: [],
  saturation: 4095,
};

function withDefaults<T extends object>(partial: Partial<T>, defaults: T): T {
  return { ...defaults, ...partial };
}

function validateFrame(frame: NDArray, cfg: CalibrationConfig): Result<NDArray> {
  if (frame.ndim !== 2) {
    return fail(`expected a 2-D frame, got ndim=${frame.ndim}`);
  }
  if (frame.shape[1] !== cfg.gains.length) {
    return fail(`expected ${cfg.gains.length} channels, got ${frame.shape[1]}`);
  }
  if (frame.max() > cfg.saturation) {
    return fail(`frame saturates above ${cfg.saturation}`);
  }
  return ok(frame);
}

function channelGains(cfg: CalibrationConfig): NDArray {
  return array(cfg.gains);
}

function summarize(frame: NDArray): FrameStats {
  return { mean: frame.mean(), min: frame.min(), max: frame.max() };
}

function formatStats(stats: FrameStats): string {
  return `mean=${stats.mean.toFixed(2)} min=${stats.min.toFixed(2)} max=${stats.max.toFixed(2)}`;
}

// Hot pixels are replaced by zero before the dark level is removed.
function maskHotPixels(frame: NDArray, hot: Array<[number, number]>): void {
  const cols = frame.shape[1];
  const flat = frame.flatten();
  for (const [r, c] of hot) {
    flat.set(r * cols + c, 0); // expect: no-lost-write
  }
}

function removeDark(raw: NDArray, cfg: CalibrationConfig): NDArray {
  const frame = unwrap(validateFrame(raw, cfg));
  frame.isub(cfg.darkLevel); // expect: no-alias-mutation
  return frame;
}

function applyGains(frame: NDArray, cfg: CalibrationConfig): NDArray {
  const gains = channelGains(cfg);
  const scaled = frame.mul(gains);
  scaled.idiv(gains.mean());
  return scaled;
}

type Reporter = (label: string, stats: FrameStats) => void;

class ReportBook {
  private readonly sinks = new Map<string, Reporter>();

  register(name: string, sink: Reporter): void {
    this.sinks.set(name, sink);
  }

  unregister(name: string): boolean {
    return this.sinks.delete(name);
  }

  emit(label: string, stats: FrameStats): void {
    for (const sink of this.sinks.values()) {
      sink(label, stats);
    }
  }
}

class CalibrationPipeline {
  private readonly cfg: CalibrationConfig;
  private readonly history: NDArray;
  private count = 0;

  constructor(partial: Partial<CalibrationConfig>, capacity: number) {
    this.cfg = withDefaults(partial, DEFAULTS);
    this.history = zeros([capacity, this.cfg.gains.length]);
  }

  get config(): CalibrationConfig {
    return this.cfg;
  }

  process(raw: NDArray): NDArray {
    maskHotPixels(raw, this.cfg.hotPixels);
    const dark = removeDark(raw, this.cfg);
    const calibrated = applyGains(dark, this.cfg);
    this.record(calibrated);
    return calibrated;
  }

  private record(frame: NDArray): void {
    const row = this.count % this.history.shape[0];
    for (let c = 0; c < frame.shape[1]; c++) {
      this.history.set([row, c], frame.slice(":", c).mean());
    }
    this.count++;
  }

  recordedRows(): number {
    return Math.min(this.count, this.history.shape[0]);
  }

  channelMean(channel: number): number {
    const n = this.recordedRows();
    if (n === 0) return 0;
    return this.history.slice(`:${n}`, channel).mean();
  }
}

const book = new ReportBook();
const seenLabels: string[] = [];
book.register("console", (label, stats) => console.log(`${label}: ${formatStats(stats)}`));
book.register("labels", (label) => {
  seenLabels.push(label);
});

const pipeline = new CalibrationPipeline(
  { darkLevel: 3, gains: [1.0, 1.25, 0.75], hotPixels: [[1, 1]] },
  4,
);

const rawFrame = array([
  [10, 12, 9],
  [11, 500, 10],
  [9, 13, 12],
]);
const calibrated = pipeline.process(rawFrame);
book.emit("calibrated", summarize(calibrated));
book.emit("raw", summarize(rawFrame));

const secondFrame = array([
  [14, 15, 13],
  [12, 16, 11],
]);
const second = pipeline.process(secondFrame.copy());
book.emit("second", summarize(second));
book.unregister("console");
book.emit("quiet", summarize(second));

for (let c = 0; c < pipeline.config.gains.length; c++) {
  console.log(`channel ${c} mean over ${pipeline.recordedRows()} frames:`, pipeline.channelMean(c).toFixed(3));
}
console.log("raw total:", rawFrame.sum(), "labels:", seenLabels.join(","));

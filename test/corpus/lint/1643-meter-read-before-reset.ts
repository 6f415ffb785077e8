// Rolling power meters that report their window statistics before clearing it, with a subclass that keeps peak-hold state.
import { array, zeros, NDArray } from "ndalias";

class RollingMeter {
  protected window: NDArray;
  protected cursor = 0;

  constructor(readonly label: string, size: number) {
    this.window = zeros(size);
  }

  record(value: number): void {
    this.window.set(this.cursor % this.window.size, value);
    this.cursor += 1;
  }

  get latest(): NDArray {
    return this.window.slice(`:${Math.min(this.cursor, this.window.size)}`);
  }

  flush(): number {
    const filled = this.latest;
    const mean = filled.size > 0 ? filled.mean() : 0;
    this.window.fill(0);
    this.cursor = 0;
    return mean;
  }

  headAverage(n: number): number {
    const head = this.window.slice(`:${n}`);
    const avg = head.mean();
    this.window.slice(`:${n}`).fill(avg);
    return avg;
  }
}

class PeakHoldMeter extends RollingMeter {
  private peaks: NDArray;

  constructor(label: string, size: number) {
    super(label, size);
    this.peaks = zeros(size);
  }

  override record(value: number): void {
    const slot = this.cursor % this.window.size;
    this.peaks.set(slot, Math.max(this.peaks.get(slot), value));
    super.record(value);
  }

  override flush(): number {
    const peak = this.peaks.max();
    const mean = super.flush();
    this.peaks.fill(0);
    return Math.max(peak, mean);
  }

  peakProfile(): NDArray {
    return this.peaks.copy();
  }
}

function summarize(m: RollingMeter): string {
  const view = m.latest;
  if (view.size === 0) return `${m.label}: empty`;
  return `${m.label}: n=${view.size} mean=${view.mean().toFixed(2)} max=${view.max().toFixed(2)}`;
}

function drain(meters: RollingMeter[]): number[] {
  return meters.map((m) => Number(m.flush().toFixed(3)));
}

const samples = array([3.2, 4.1, 5.0, 4.4, 3.9, 6.2, 5.5]);
const plain = new RollingMeter("plain", 5);
const peak = new PeakHoldMeter("peak", 5);
for (let i = 0; i < samples.size; i++) {
  plain.record(samples.get(i));
  peak.record(samples.get(i));
}

console.log(summarize(plain));
console.log(summarize(peak));
const profile = peak.peakProfile();
console.log("head average of plain:", plain.headAverage(2).toFixed(3));

const snapshotAlias = samples;
console.log("samples total before scaling:", snapshotAlias.sum().toFixed(2));
samples.imul(0.5);
console.log("scaled samples:", samples.tolist());

console.log("flushed:", drain([plain, peak]));
console.log("held peaks before flush:", profile.tolist());
console.log("after flush:", summarize(plain), "|", summarize(peak));

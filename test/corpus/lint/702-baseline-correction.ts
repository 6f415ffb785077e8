// Lab instrument pipeline: baseline correction of spectrometer scans with cosmic-ray removal, peak integration and a QC record per scan.
// runnable
import { array, zeros, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface Scan {
  id: string;
  sample: string;
  counts: NDArray;
}

interface QcRecord {
  scanId: string;
  baselineLevel: number;
  noise: number;
  spikesRemoved: number;
  peakArea: number;
}

interface PeakWindow {
  name: string;
  from: number;
  to: number;
}

class Registry<K, V> {
  private readonly items = new Map<K, V>();
  put(key: K, value: V): V {
    this.items.set(key, value);
    return value;
  }
  get(key: K): Option<V> {
    return this.items.get(key);
  }
  values(): V[] {
    return [...this.items.values()];
  }
}

function stddev(x: NDArray): number {
  const d = x.sub(x.mean());
  return Math.sqrt(d.mul(d).mean());
}

function localMedian(x: NDArray, i: number, half: number): number {
  const lo = Math.max(0, i - half);
  const hi = Math.min(x.size, i + half + 1);
  const neighbours: number[] = [];
  for (let j = lo; j < hi; j++) if (j !== i) neighbours.push(x.get(j));
  neighbours.sort((a, b) => a - b);
  return neighbours[Math.floor(neighbours.length / 2)] ?? 0;
}

function findSpikes(x: NDArray, threshold: number): number[] {
  const spikes: number[] = [];
  for (let i = 1; i + 1 < x.size; i++) {
    const jump = x.get(i) - 0.5 * (x.get(i - 1) + x.get(i + 1));
    if (jump > threshold) spikes.push(i);
  }
  return spikes;
}

function integrate(x: NDArray, window: PeakWindow): number {
  return x.slice(`${window.from}:${window.to}`).sum();
}

function removeCosmicRays(scan: Scan, threshold: number): number {
  const spikes = findSpikes(scan.counts, threshold);
  const cleaned = scan.counts.flatten();
  for (const i of spikes) {
    cleaned.set(i, localMedian(scan.counts, i, 2)); // expect: no-lost-write
  }
  return spikes.length;
}

class BaselineCorrector {
  private readonly results = new Registry<string, QcRecord>();
  private readonly corrected = new Registry<string, NDArray>();

  constructor(readonly baselinePoints: number, readonly spikeThreshold: number) {}

  process(scan: Scan, peak: PeakWindow): Result<QcRecord> {
    if (scan.counts.size <= this.baselinePoints) {
      return { ok: false, error: `scan ${scan.id} shorter than the baseline region` };
    }
    const spikes = removeCosmicRays(scan, this.spikeThreshold);
    const signal = scan.counts.copy();
    const baselineRegion = signal.slice(`:${this.baselinePoints}`);
    const level = baselineRegion.mean();
    const noise = stddev(baselineRegion);
    signal.isub(level); // expect: no-view-mutation
    const record: QcRecord = {
      scanId: scan.id,
      baselineLevel: baselineRegion.mean(),
      noise,
      spikesRemoved: spikes,
      peakArea: integrate(signal, peak),
    };
    this.corrected.put(scan.id, signal);
    return { ok: true, value: this.results.put(scan.id, record) };
  }

  correctedScan(id: string): Option<NDArray> {
    return this.corrected.get(id);
  }

  summary(): string[] {
    return this.results
      .values()
      .map((r) => `${r.scanId}: baseline ${r.baselineLevel.toFixed(1)}, noise ${r.noise.toFixed(2)}, spikes ${r.spikesRemoved}, area ${r.peakArea.toFixed(1)}`);
  }
}

function syntheticScan(id: string, sample: string, level: number, peakHeight: number, spikeAt: number): Scan {
  const n = 24;
  const counts = zeros(n);
  for (let i = 0; i < n; i++) {
    const peak = peakHeight * Math.exp(-((i - 16) ** 2) / 4);
    counts.set(i, level + peak + ((i * 7) % 3) * 0.5);
  }
  if (spikeAt >= 0) counts.set(spikeAt, counts.get(spikeAt) + 500);
  return { id, sample, counts };
}

function averageScans(scans: NDArray[]): NDArray {
  const acc = zeros(scans[0]?.size ?? 0);
  scans.forEach((s) => acc.iadd(s));
  if (scans.length > 0) acc.idiv(scans.length);
  return acc;
}

const peak: PeakWindow = { name: "C-H stretch", from: 12, to: 21 };
const corrector = new BaselineCorrector(8, 100);
const scans = [
  syntheticScan("S1", "ethanol", 120, 300, 5),
  syntheticScan("S2", "ethanol", 118, 310, -1),
  syntheticScan("S3", "blank", 121, 0, 19),
  { id: "S4", sample: "short", counts: array([1, 2, 3]) },
];

for (const scan of scans) {
  const r = corrector.process(scan, peak);
  if (!r.ok) console.log("skipped:", r.error);
}
corrector.summary().forEach((line) => console.log(line));

const ethanol = scans
  .filter((s) => s.sample === "ethanol")
  .map((s) => corrector.correctedScan(s.id))
  .filter((x): x is NDArray => x !== undefined);
const mean = averageScans(ethanol);
console.log("mean ethanol peak area:", integrate(mean, peak).toFixed(1));
console.log("raw S1 spike still present:", scans[0].counts.get(5).toFixed(1));

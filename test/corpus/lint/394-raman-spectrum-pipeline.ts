// Raman spectrum pipeline: despikes, smooths, baseline-corrects and normalises working copies, then picks peaks with QC counters.
import { array, zeros, NDArray } from "ndalias";

type Stage = "despike" | "smooth" | "baseline" | "normalise";

interface Result {
  spectrum: NDArray;
  beforeNormalise: NDArray | null;
  peaks: number[];
  spikes: number;
}

// QC counters: spikes removed, smoothing passes, skipped normalisations, failed peak searches
const QC = zeros(4);
let processed = 0;

function windowMedian(s: NDArray, i: number, half: number): number {
  const lo = Math.max(0, i - half);
  const hi = Math.min(s.size, i + half + 1);
  const win = s.slice(`${lo}:${hi}`).flatten();
  win.sort();
  return win.get(Math.floor(win.size / 2));
}

export function processSpectrum(raw: NDArray, stages: Stage[], minPeak: number, spikeTol = 4): Result | null {
  if (raw.ndim !== 1) {
    throw new RangeError(`expected a 1-D spectrum, got ${raw.ndim} dimensions`);
  }
  if (raw.size < 5) return null;
  const s = raw.astype("float64");
  const edge = s.slice("0:3");
  const edgeLevel = edge.mean();
  let beforeNormalise: NDArray | null = null;
  let spikes = 0;
  const plan = new Set<Stage>();
  for (const stage of stages) {
    if (plan.has(stage)) {
      console.warn(`stage ${stage} requested twice, running it once`);
      continue;
    }
    plan.add(stage);
  }

  for (const stage of plan) {
    switch (stage) {
      case "despike": {
        for (let i = 0; i < s.size; i++) {
          const local = windowMedian(s, i, 2);
          if (Math.abs(s.get(i) - local) <= spikeTol * Math.max(1, Math.abs(local) * 0.1)) continue;
          s.set(i, local);
          spikes++;
        }
        QC.set(0, QC.get(0) + spikes);
        break;
      }
      case "smooth":
        s.assign("1:-1", s.slice(":-2").add(s.slice("1:-1")).add(s.slice("2:")).div(3));
        QC.set(1, QC.get(1) + 1);
      // a smoothed spectrum is always baseline-corrected as well
      // falls through
      case "baseline": {
        const floor = Math.min(s.min(), edgeLevel);
        s.isub(floor);
        break;
      }
      case "normalise": {
        const peak = s.max();
        if (peak <= 0) {
          QC.set(2, QC.get(2) + 1);
          continue;
        }
        beforeNormalise = s.copy();
        s.idiv(peak);
        break;
      }
      default: {
        const unknown: never = stage;
        throw new Error(`unknown stage ${String(unknown)}`);
      }
    }
  }

  const peaks: number[] = [];
  try {
    for (let i = 1; i + 1 < s.size; i++) {
      const v = s.get(i);
      if (Number.isNaN(v)) {
        throw new RangeError(`NaN in processed spectrum at channel ${i}`);
      }
      if (v < minPeak) continue;
      if (v > s.get(i - 1) && v >= s.get(i + 1)) peaks.push(i);
      if (peaks.length >= 8) break;
    }
  } catch (err) {
    QC.set(3, QC.get(3) + 1);
    throw err;
  } finally {
    processed++;
  }
  return { spectrum: s, beforeNormalise, peaks, spikes };
}

const silicon = array([5, 6, 5, 7, 9, 30, 88, 31, 10, 8, 7, 250, 7, 6, 12, 40, 18, 7, 6, 5], "int32");
const polymer = array([3, 3, 4, 3, 3, 4, 3, 3]);

const results = [
  processSpectrum(silicon, ["despike", "smooth", "normalise"], 0.2),
  processSpectrum(polymer, ["baseline", "normalise", "baseline"], 0.5),
  processSpectrum(array([1, 2]), ["smooth"], 0.1),
];

for (const res of results) {
  if (res === null) continue;
  res.spectrum.imul(100);
  const raw = res.beforeNormalise;
  console.log(`peaks at ${res.peaks.join(", ") || "none"}, spikes removed ${res.spikes}, max ${res.spectrum.max().toFixed(0)}%`);
  if (raw !== null) console.log("  pre-normalisation maximum:", raw.max().toFixed(2));
}
console.log("silicon input untouched:", silicon.get(11), "processed:", processed, "QC:", QC.tolist());

// Slides a window over a sample buffer with a generator of views, removes the first window's baseline and normalises histogram rows.
// runnable
import { array, NDArray } from "ndalias";

function* windows(signal: NDArray, size: number, step: number): Generator<NDArray> {
  for (let start = 0; start + size <= signal.size; start += step) {
    yield signal.slice(`${start}:${start + size}`);
  }
}

function windowMeans(signal: NDArray, size: number): number[] {
  const means: number[] = [];
  for (const w of windows(signal, size, 1)) means.push(w.mean());
  return means;
}

function windowPeaks(signal: NDArray, size: number, gain: number): number[] {
  const peaks: number[] = [];
  for (const w of windows(signal, size, size)) {
    const boosted = w.copy();
    boosted.imul(gain);
    peaks.push(boosted.max());
  }
  return peaks;
}

function normalizeRows(counts: NDArray): NDArray {
  for (let i = 0; i < counts.shape[0]; i++) {
    const row = counts.slice(i);
    row.idiv(row.sum()); // expect: no-view-mutation
  }
  return counts;
}

function rowShares(counts: NDArray): NDArray {
  const shares = counts.astype("float64");
  for (let i = 0; i < shares.shape[0]; i++) {
    const total = counts.slice(i).sum();
    shares.slice(i).idiv(total);
  }
  return shares;
}

const samples = array([0.2, 0.4, 0.9, 1.3, 1.1, 0.7, 0.5]);
console.log("window means:", windowMeans(samples, 3));
console.log("boosted peaks:", windowPeaks(samples, 2, 10));

const firstWindow = samples.slice(":3");
const baseline = firstWindow.mean();
samples.isub(baseline); // expect: no-view-mutation
console.log("baseline window after detrending:", firstWindow.tolist());
console.log("detrended samples:", samples.tolist());

const hist = array([
  [1, 3],
  [2, 2],
  [0, 4],
]);
const shares = rowShares(hist);
console.log("shares:", shares.tolist());
const probs = normalizeRows(hist);
console.log("row probabilities:", probs.tolist());
console.log("raw histogram now:", hist.tolist());

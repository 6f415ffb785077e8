// Audio-frame helpers that hand windows and columns of a signal to callbacks: peak finding, column centring and a tapped gain stage.
import { array, NDArray } from "ndalias";

function withWindow<T>(signal: NDArray, start: number, stop: number, fn: (w: NDArray) => T): T {
  return fn(signal.slice(`${start}:${stop}`));
}

function tap(x: NDArray, inspect: (v: NDArray) => void): NDArray {
  inspect(x);
  return x;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function centreColumns(frames: NDArray): number[] {
  return range(frames.shape[1]).map((j) => {
    const col = frames.slice(":", j);
    col.isub(col.mean()); // expect: no-view-mutation
    return col.max();
  });
}

function columnMeans(frames: NDArray): number[] {
  return range(frames.shape[1]).map((j) => frames.slice(":", j).mean());
}

function gated(frames: NDArray, threshold: number): NDArray {
  const out = frames.copy();
  for (let i = 0; i < out.shape[0]; i++) {
    for (let j = 0; j < out.shape[1]; j++) {
      if (Math.abs(out.get(i, j)) < threshold) out.set([i, j], 0);
    }
  }
  return out;
}

function forEachWindow(signal: NDArray, size: number, visit: (w: NDArray, k: number) => void): void {
  for (let k = 0; k + size <= signal.size; k += size) {
    visit(signal.slice(`${k}:${k + size}`), k / size);
  }
}

const signal = array([0.2, 0.9, -0.4, 1.3, 0.7, -1.1, 0.5, 0.1]);

const openingMean = withWindow(signal, 0, 4, (w) => w.mean());
const tailEnergy = withWindow(signal, 4, 8, (w) => {
  const scaled = w.copy();
  scaled.imul(0.5);
  return scaled.mul(scaled).sum();
});
console.log("opening mean:", openingMean.toFixed(3), "tail energy (halved):", tailEnergy.toFixed(3));

const windowRms: number[] = [];
forEachWindow(signal, 2, (w) => {
  windowRms.push(rms(w));
});
console.log("rms per window:", windowRms.map((r) => r.toFixed(3)).join(" "));

const peak = withWindow(signal, 2, 6, (w) => {
  const lead = w.slice(":2");
  lead.fill(0); // expect: no-view-mutation
  return w.max();
});
console.log("peak in the middle window:", peak);

const frames = array([
  [0.1, 2.0, -0.3],
  [0.4, 1.5, 0.2],
  [0.7, 2.5, 0.1],
  [0.2, 1.0, -0.2],
]);
const meansBefore = columnMeans(frames);
const gatedFrames = gated(frames, 0.25);
const peaks = centreColumns(frames);
console.log("column means before:", meansBefore, "column peaks after centring:", peaks);
console.log("gated frames:", gatedFrames.tolist(), "frames rms:", rms(frames).toFixed(3));

const boosted = tap(signal, (v) => console.log("input peak:", v.max(), "rms:", rms(v).toFixed(3)));
boosted.imul(1.5); // expect: no-alias-mutation
console.log("boosted:", boosted.tolist());
console.log("signal energy:", signal.mul(signal).sum().toFixed(3));

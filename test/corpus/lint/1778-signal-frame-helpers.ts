// Audio frame helpers: DC removal, tapering and windowed energy with scoped temporaries, applied to a short recording frame by frame.
import { array, linspace, NDArray } from "ndalias";

const FRAME = 4;

function makeTaper(n: number): NDArray {
  const t = linspace(0, Math.PI, n);
  for (let i = 0; i < n; i++) {
    t.set(i, 0.5 + 0.5 * Math.sin(t.get(i)));
  }
  return t;
}

export function removeDc(signal: NDArray): number {
  const dc = signal.mean();
  signal.isub(dc); // expect: no-alias-mutation
  return dc;
}

export function removeDcInPlace(signal: NDArray): void {
  signal.isub(signal.mean());
}

export function taperInPlace(signal: NDArray, taper: NDArray): void {
  signal.imul(taper);
}

export function frameEnergy(signal: NDArray, start: number, taper: NDArray): number {
  const frame = signal.slice(`${start}:${start + FRAME}`);
  try {
    frame.imul(taper); // expect: no-view-mutation
    return frame.mul(frame).sum();
  } finally {
    frame.dispose();
  }
}

export function frameEnergySafe(signal: NDArray, start: number, taper: NDArray): number {
  using frame = signal.slice(`${start}:${start + FRAME}`).copy();
  frame.imul(taper);
  return frame.mul(frame).sum();
}

export function peakToPeak(signal: NDArray): number {
  using sorted = signal.flatten();
  sorted.sort();
  return sorted.get(sorted.size - 1) - sorted.get(0);
}

export function energies(signal: NDArray, taper: NDArray, safe: boolean): number[] {
  const out: number[] = [];
  for (let start = 0; start + FRAME <= signal.size; start += FRAME) {
    out.push(safe ? frameEnergySafe(signal, start, taper) : frameEnergy(signal, start, taper));
  }
  return out;
}

const taper = makeTaper(FRAME);
const recording = array([0.3, 0.9, 1.4, 0.8, -0.2, -0.9, -1.1, -0.4, 0.1, 0.6, 0.7, 0.2]);

const reference = recording.copy();
try {
  console.log("taper:", taper.tolist());
  console.log("peak to peak:", peakToPeak(recording).toFixed(3));
  console.log("safe energies:", energies(recording, taper, true).map((e) => e.toFixed(4)));

  const centred = recording.copy();
  removeDcInPlace(centred);
  taperInPlace(centred.slice(":4"), taper);
  console.log("centred, first frame tapered:", centred.tolist());
  centred.dispose();

  const dc = removeDc(recording);
  console.log("removed DC offset", dc.toFixed(4), "from the recording:", recording.tolist());
  console.log("fast energies:", energies(recording, taper, false).map((e) => e.toFixed(4)));
  console.log("recording after the fast path:", recording.tolist());

  const drift = recording.sub(reference);
  console.log("total drift from the reference:", drift.sum().toFixed(4));
  drift.dispose();
} finally {
  reference.dispose();
  recording.dispose();
  taper.dispose();
}

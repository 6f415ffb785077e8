// Sliding-window features: a generator yields overlapping windows of one signal buffer, and each window's energy is measured.
import { array, NDArray } from "ndalias";

function* windows(signal: NDArray, width: number, hop: number): Generator<NDArray> {
  for (let start = 0; start + width <= signal.size; start += hop) {
    yield signal.slice(`${start}:${start + width}`);
  }
}

function energy(x: NDArray): number {
  return x.mul(x).sum();
}

function centredEnergies(signal: NDArray, width: number): number[] {
  const out: number[] = [];
  for (const win of windows(signal, width, width)) {
    const local = win.copy();
    local.isub(local.mean());
    out.push(energy(local));
  }
  return out;
}

const signal = array([0.2, 0.5, 0.9, 1.4, 1.1, 0.6, 0.3, 0.1]);

const rawEnergies: number[] = [];
for (const win of windows(signal, 4, 2)) {
  rawEnergies.push(energy(win));
}
console.log("raw energies:", rawEnergies);
console.log("centred block energies:", centredEnergies(signal, 4));

const detrended: number[] = [];
for (const win of windows(signal, 4, 2)) {
  win.isub(win.mean()); // expect: no-view-mutation
  detrended.push(energy(win));
}
console.log("detrended energies:", detrended);

let peakIndex = 0;
for (let i = 1; i < signal.size; i++) {
  if (signal.get(i) > signal.get(peakIndex)) peakIndex = i;
}
console.log("signal peak:", signal.max(), "at", peakIndex);

// Splits a recorded signal into frames, tapers each frame, and reports frame energies, the spectrum's low band and the raw peak.
import { array, ones, NDArray } from "ndalias";

type Summary = Record<string, number>;

function summarize<T extends Record<string, NDArray>>(arrays: T, how: "sum" | "max" = "sum"): Summary {
  const out: Summary = {};
  for (const [name, a] of Object.entries(arrays)) {
    out[name] = how === "sum" ? a.sum() : a.max();
  }
  return out;
}

function taper(frameLen: number, edge = 0.5): NDArray {
  const w = ones(frameLen);
  w.set(0, edge);
  w.set(frameLen - 1, edge);
  return w;
}

function frameEnergies(frames: NDArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < frames.shape[0]; i++) {
    const row = frames.slice(i);
    out.push(row.mul(row).sum());
  }
  return out;
}

const signal = array([0.1, 0.5, 0.9, 0.4, -0.2, -0.6, -0.3, 0.2, 0.7, 0.8, 0.3, -0.1]);
const frameLen = 4;

const tail = signal.slice("-4:").copy();
tail.isub(tail.mean());
console.log("detrended tail:", tail.tolist());

const frames = signal.reshape(signal.size / frameLen, frameLen);
frames.imul(taper(frameLen)); // expect: no-view-mutation
console.log("frame energies:", frameEnergies(frames));
console.log("raw peak:", signal.max(), "raw mean:", signal.mean());

const spectrum = array([4.0, 3.0, 1.5, 0.5, 0.25, 0.1]);
const lowBand = spectrum.slice(":2");
const total = spectrum.sum();
spectrum.idiv(total); // expect: no-view-mutation
console.log("low-band share:", lowBand.sum());

const normalised = spectrum.copy();
normalised.idiv(normalised.max());
console.log(summarize({ normalised, spectrum }, "max"));

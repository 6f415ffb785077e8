// Per-channel image statistics over a record of colour planes: plain means, peak-normalised means and a luminance image.
import { array, NDArray } from "ndalias";

type Planes = Record<"red" | "green" | "blue", NDArray>;

const planes: Planes = {
  red: array([
    [200, 180],
    [40, 90],
  ]),
  green: array([
    [120, 100],
    [60, 30],
  ]),
  blue: array([
    [10, 250],
    [70, 80],
  ]),
};

function channelMeans(p: Planes): number[] {
  return Object.values(p).map((ch) => ch.mean());
}

function normalisedMeans(p: Planes): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, ch] of Object.entries(p)) {
    ch.idiv(ch.max()); // expect: no-alias-mutation
    out[name] = ch.mean();
  }
  return out;
}

function peakNormalised(p: Planes): NDArray[] {
  return Array.from(Object.values(p), (ch) => ch.div(ch.max()));
}

function luminance(p: Planes): NDArray {
  return p.red.mul(0.299).add(p.green.mul(0.587)).add(p.blue.mul(0.114));
}

console.log("means:", channelMeans(planes));
const scaled = peakNormalised(planes).map((s) => s.mul(255));
console.log("rescaled planes:", scaled.map((s) => s.tolist()));
console.log("normalised means:", normalisedMeans(planes));

const channelMaxima = new Map<string, number>(
  Object.entries(planes).map(([name, ch]) => [name, ch.max()] as [string, number]),
);
console.log("maxima:", Array.from(channelMaxima.entries()));
console.log("luminance:", luminance(planes).tolist());

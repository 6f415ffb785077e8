// Splits an audio magnitude spectrum into bands, reports each band's energy share and compresses the loudest band.
// runnable
import { array, linspace, NDArray } from "ndalias";

type BandName = "low" | "mid" | "high";

const bandRanges: Record<BandName, [number, number]> = {
  low: [0, 5],
  mid: [5, 11],
  high: [11, 16],
};

const spectrum = array([
  0.2, 0.9, 1.4, 2.2, 1.8, 0.7, 0.6, 3.9, 4.4, 3.1, 0.8, 0.3, 0.25, 0.2, 0.15, 0.1,
]);
const freqs = linspace(0, 8000, 16);

function splitBands(s: NDArray): Record<BandName, NDArray> {
  return {
    low: s.slice("0:5").copy(),
    mid: s.slice("5:11").copy(),
    high: s.slice("11:16").copy(),
  };
}

function bandIndices(name: BandName): number[] {
  const [lo, hi] = bandRanges[name];
  const idx: number[] = [];
  for (let i = lo; i < hi; i++) idx.push(i);
  return idx;
}

function toDecibels(x: NDArray): NDArray {
  const db = x.copy();
  for (let i = 0; i < db.size; i++) {
    db.set(i, 10 * Math.log10(Math.max(db.get(i), 1e-12)));
  }
  return db;
}

function centroidFrequency(s: NDArray, f: NDArray): number {
  const weighted = s.mul(f);
  return weighted.sum() / (s.sum() || 1);
}

function formatted(x: NDArray, digits: number): string[] {
  const values = x.tolist() as number[];
  return values.map((v) => v.toFixed(digits));
}

function energyOf(band: NDArray): number {
  const squared = band.mul(band);
  return squared.sum();
}

const bands = splitBands(spectrum);
const total = Object.values(bands).reduce((acc, b) => acc + energyOf(b), 0);

const shares: Record<string, number> = {};
for (const [name, band] of Object.entries(bands)) {
  shares[name] = energyOf(band) / total;
  console.log(`${name.padEnd(5)} share ${(shares[name] * 100).toFixed(1)}%  peak ${band.max()}`);
}

let loudest: BandName = "low";
for (const name of Object.keys(bandRanges) as BandName[]) {
  if (shares[name] > shares[loudest]) loudest = name;
}
console.log("loudest band:", loudest);

// Per-band decibel curves are computed on copies; editing one curve for display leaves the bands alone.
const curves = Object.entries(bands).map(([name, band]) => ({ name, db: toDecibels(band) }));
const displayCurve = curves.find((c) => c.name === loudest);
if (displayCurve !== undefined) {
  const shown = displayCurve.db.copy();
  shown.isub(shown.max());
  console.log("relative dB of the loudest band:", formatted(shown, 1));
}

// Highlighting the mid band for the plot works on its own copy and is printed right away.
const highlight = bands.mid.copy();
highlight.imul(2);
console.log("highlighted mid band:", highlight.tolist());

console.log("centroid before compression:", centroidFrequency(spectrum, freqs).toFixed(1), "Hz");

// Compress the loudest band by half so the mastering chain has headroom.
const compressed = spectrum.take(bandIndices(loudest));
compressed.imul(0.5); // expect: no-lost-write

const headroom = 1 / spectrum.max();
const normalised = spectrum.mul(headroom);
normalised.set(0, 0);
console.log("normalised spectrum:", formatted(normalised, 2));
console.log("centroid after compression:", centroidFrequency(spectrum, freqs).toFixed(1), "Hz");
console.log("spectrum in dB:", formatted(toDecibels(spectrum), 1));

const lowBand = bands.low;
console.log("low band energy:", energyOf(lowBand).toFixed(3), "high band energy:", energyOf(bands.high).toFixed(3));

const summary = Object.entries(shares)
  .sort(([, a], [, b]) => b - a)
  .map(([name, share]) => `${name}=${(share * 100).toFixed(0)}%`);
console.log("band ranking:", summary.join(" > "));

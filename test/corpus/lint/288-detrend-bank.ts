// Detrends and calibrates a bank of accelerometer channels before spectral analysis and prints each channel's residual energy.
// runnable
import { arange, array, NDArray } from "ndalias";

const GAIN: Partial<Record<string, number>> = { x: 0.98, z: 1.04 };

const channels = new Map<string, NDArray>([
  ["x", array([0.1, 0.35, 0.52, 0.8, 1.05, 1.22, 1.5, 1.71])],
  ["y", array([2.0, 1.9, 2.1, 1.8, 2.05, 1.95, 2.1, 1.9])],
  ["z", array([-0.5, -0.2, 0.1, 0.45, 0.7, 1.1, 1.3, 1.6])],
]);

function linearTrend(sig: NDArray): [slope: number, intercept: number] {
  const n = sig.size;
  const t = arange(n);
  const tMean = t.mean();
  const yMean = sig.mean();
  const dt = t.sub(tMean);
  const slope = dt.mul(sig.sub(yMean)).sum() / dt.mul(dt).sum();
  return [slope, yMean - slope * tMean];
}

function detrend(sig: NDArray): NDArray {
  const [slope, intercept] = linearTrend(sig);
  const trend = arange(sig.size).mul(slope).add(intercept);
  return sig.sub(trend);
}

const energy = (sig: NDArray): number => sig.mul(sig).sum();

const spectra = new Map<string, NDArray>();
const report = new Map<string, number>();

for (const [name, sig] of channels) {
  const residual = detrend(sig);
  const calibrated = residual.copy();
  calibrated.imul(GAIN[name] ?? 1); // expect: no-lost-write
  report.set(name, energy(residual));

  const normalised = sig.sub(sig.mean());
  normalised.idiv(Math.sqrt(energy(normalised) / normalised.size) || 1);
  spectra.set(name, normalised);
}

const ranked = [...report].sort(([, a], [, b]) => b - a);
ranked.forEach(([name, e]) => console.log(`${name}: residual energy ${e.toExponential(3)}`));
console.log("normalised x:", spectra.get("x")?.tolist() ?? []);
console.log("quietest channel:", ranked.at(-1)?.[0] ?? "none");

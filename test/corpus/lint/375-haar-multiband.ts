// Multiband analysis with a recursive Haar wavelet split: band energies drive a spectrum visualiser and one level is reconstructed for a null test.
import { array, zeros, NDArray } from "ndalias";

/** One lifting step: returns [approximation, detail], each half as long as x. */
function haarStep(x: NDArray): [NDArray, NDArray] {
  if (x.size % 2 !== 0) {
    throw new RangeError(`Haar step needs an even length, got ${x.size}`);
  }
  const even = x.slice("::2").copy();
  const odd = x.slice("1::2");
  odd.isub(even); // expect: no-view-mutation
  const approx = even.add(odd.mul(0.5));
  return [approx, odd];
}

function reconstruct(approx: NDArray, detail: NDArray): NDArray {
  const even = approx.sub(detail.mul(0.5));
  const odd = detail.add(even);
  const x = zeros(approx.size * 2);
  x.assign("::2", even);
  x.assign("1::2", odd);
  return x;
}

/** Energies from the finest detail band down to the final approximation. */
function bandEnergies(x: NDArray, levels: number, out: number[] = []): number[] {
  if (levels === 0 || x.size < 2) {
    out.push(x.mul(x).sum());
    return out;
  }
  const [approx, detail] = haarStep(x);
  out.push(detail.mul(detail).sum());
  return bandEnergies(approx, levels - 1, out);
}

function normalizeForDisplay(levels: NDArray): NDArray {
  const peak = levels.max();
  const bars = levels;
  if (peak > 0) bars.idiv(peak); // expect: no-alias-mutation
  return bars;
}

function toBars(levels: NDArray, width: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < levels.size; i++) {
    rows.push("#".repeat(Math.round(levels.get(i) * width)).padEnd(width, "."));
  }
  return rows;
}

const block = array([0.0, 0.7, 1.0, 0.7, 0.0, -0.7, -1.0, -0.7, 0.1, 0.6, 0.9, 0.8, 0.0, -0.6, -0.9, -0.8]);

const analysisInput = block.copy();
const energies = array(bandEnergies(analysisInput, 3));
const bars = normalizeForDisplay(energies);
for (const row of toBars(bars, 20)) console.log(row);
console.log("total band energy:", energies.sum().toFixed(3));

const [a, d] = haarStep(block.copy());
const rebuilt = reconstruct(a, d);
const residual = rebuilt.sub(block);
console.log("null test residual peak:", Math.max(residual.max(), -residual.min()).toExponential(2));

// Precomputes folded lookup tables for a quantised graph (gathered codebooks, int8 weights, sorted thresholds) and caches them for codegen.
import { array, zeros, ones, NDArray } from "ndalias";

const codebook = array([-1.0, -0.5, -0.25, 0, 0.25, 0.5, 1.0, 2.0]);
const weightsF32 = array([[0.31, -0.12, 0.77], [-0.64, 0.05, 0.49]]);
const activationHist = array([4, 9, 1, 7, 3, 12, 6, 2]);

const lutCache = new Map<string, NDArray>();

function gatherLut(indices: number[], scale: number): NDArray {
  const key = `${indices.join(",")}@${scale}`;
  const cached = lutCache.get(key);
  if (cached !== undefined) return cached;
  const lut = codebook.take(indices);
  lut.imul(scale);
  lutCache.set(key, lut);
  return lut;
}

function quantizeInt8(w: NDArray, scale: number, zeroPoint: number): NDArray {
  const scaled = w.div(scale);
  for (let i = 0; i < scaled.size; i++) scaled.data[i] = Math.round(scaled.data[i] as number);
  const q = scaled.astype("int8");
  q.iadd(zeroPoint);
  return q;
}

function thresholds(hist: NDArray, count: number): number[] {
  const sorted = hist.flatten();
  sorted.sort();
  const out: number[] = [];
  for (let k = 1; k <= count; k++) out.push(sorted.get(Math.floor((k * (sorted.size - 1)) / count)));
  return out;
}

function normalisedHistogram(hist: NDArray): NDArray {
  const p = hist.astype("float64");
  p.idiv(hist.sum());
  return p;
}

// Two scratch accumulators that never share memory.
const rowAcc = zeros(weightsF32.shape[0]);
const colAcc = zeros(weightsF32.shape[1]);
for (let r = 0; r < weightsF32.shape[0]; r++) {
  for (let c = 0; c < weightsF32.shape[1]; c++) {
    const v = weightsF32.get(r, c);
    rowAcc.set(r, rowAcc.get(r) + Math.abs(v));
    colAcc.set(c, colAcc.get(c) + Math.abs(v));
  }
}
colAcc.idiv(weightsF32.shape[0]);
console.log("row L1:", rowAcc.tolist(), "column mean |w|:", colAcc.tolist());

const lutA = gatherLut([0, 3, 6], 0.5);
const lutB = gatherLut([1, 2, 4, 5], 2);
console.log("lut A:", lutA.tolist(), "lut B:", lutB.tolist(), "cached:", lutCache.size);

const q = quantizeInt8(weightsF32, 0.01, 3);
console.log("int8 weights:", q.tolist());

console.log("activation thresholds:", thresholds(activationHist, 3));
const probs = normalisedHistogram(activationHist);
console.log("histogram sums to", probs.sum().toFixed(6), "raw total", activationHist.sum());

// The bias table starts as ones and is folded with a fresh arithmetic result.
const biasTable = ones(4);
const shifted = biasTable.add(0.5);
shifted.imul(codebook.get(7));
biasTable.fill(0.25);
console.log("bias table:", biasTable.tolist(), "shifted copy:", shifted.tolist());

const headroom = weightsF32.mul(weightsF32).sub(0.5);
headroom.set([0, 0], 0);
const headroomMax = headroom.max();
console.log("max headroom:", headroomMax, "codebook intact:", codebook.tolist());

function emitLut(name: string, t: NDArray): string {
  return `static const float ${name}[${t.size}] = {${(t.tolist() as number[]).join(", ")}};`;
}
for (const [key, lut] of lutCache) console.log(emitLut(`lut_${key.replace(/[^0-9]/g, "_")}`, lut));

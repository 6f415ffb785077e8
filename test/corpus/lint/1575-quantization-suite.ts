// Test suite for int8 weight quantization: scale selection, quantize/dequantize round trips and a zero-point shift, run on fixture weights.
// runnable
import { array, NDArray } from "ndalias";

const report: Array<{ name: string; ok: boolean; detail: string }> = [];

function check(name: string, ok: boolean, detail = ""): void {
  report.push({ name, ok, detail });
}

// --- operations under test ---------------------------------------------------

function quantScale(w: NDArray): number {
  return Math.max(w.max(), -w.min()) / 127;
}

function quantize(w: NDArray, scale: number): NDArray {
  const q = w.div(scale);
  for (let i = 0; i < q.size; i++) {
    q.data[i] = Math.round(q.data[i] as number);
  }
  return q.astype("int8");
}

function dequantize(q: NDArray, scale: number): NDArray {
  return q.astype("float64").mul(scale);
}

function roundTripError(w: NDArray): number {
  const scale = quantScale(w);
  const restored = dequantize(quantize(w, scale), scale);
  w.isub(restored); // expect: no-alias-mutation
  return Math.max(w.max(), -w.min());
}

function roundTripErrorOf(w: NDArray): number {
  const scale = quantScale(w);
  const diff = w.sub(dequantize(quantize(w, scale), scale));
  return Math.max(diff.max(), -diff.min());
}

// --- fixtures ------------------------------------------------------------------

function makeWeights(): NDArray {
  return array([0.5, -1.27, 0.031, 1.0, -0.4, 0.77]);
}

// --- tests ---------------------------------------------------------------------

function testScaleCoversRange(): void {
  const w = makeWeights();
  const scale = quantScale(w);
  check("scale covers the largest magnitude", Math.abs(scale * 127 - 1.27) < 1e-12, `scale=${scale}`);
}

function testQuantizeStaysInRange(): void {
  const w = makeWeights();
  const q = quantize(w, quantScale(w));
  check("codes fit in int8", q.max() <= 127 && q.min() >= -127, `codes=${JSON.stringify(q.tolist())}`);
  check("quantize keeps the weights", w.get(1) === -1.27);
}

function testRoundTripIsClose(): void {
  const w = makeWeights();
  const err = roundTripError(w);
  check("round-trip error below half a step", err <= quantScale(makeWeights()) / 2 + 1e-12, `err=${err}`);
  check("weights unchanged by the error check", w.get(0) === 0.5, `w[0]=${w.get(0)}`);
}

function testRoundTripOfCopy(): void {
  const w = makeWeights();
  const err = roundTripErrorOf(w);
  check("round-trip error (non-destructive)", err <= quantScale(w) / 2 + 1e-12, `err=${err}`);
}

function testZeroPointShift(): void {
  const w = makeWeights();
  const q = quantize(w, quantScale(w));
  q.astype("int32").iadd(128); // expect: no-lost-write
  check("shifted codes are non-negative", q.min() >= 0, `min=${q.min()}`);
}

function testDequantizeShape(): void {
  const w = array([[0.1, -0.2], [0.3, -0.4]]);
  const scale = quantScale(w);
  const back = dequantize(quantize(w, scale), scale);
  back.imul(1 / scale);
  check("dequantized matrix keeps its shape", back.shape.join("x") === "2x2", `shape=${back.shape}`);
  check("codes come back as integers", Number.isInteger(Math.round(back.get(0, 0) * 1e9) / 1e9));
}

// --- runner --------------------------------------------------------------------

testScaleCoversRange();
testQuantizeStaysInRange();
testRoundTripIsClose();
testRoundTripOfCopy();
testZeroPointShift();
testDequantizeShape();

for (const r of report) {
  console.log(`${r.ok ? "PASS" : "FAIL"} ${r.name}${r.detail ? ` (${r.detail})` : ""}`);
}
const failedCount = report.filter((r) => !r.ok).length;
console.log(`${report.length - failedCount}/${report.length} checks passed`);

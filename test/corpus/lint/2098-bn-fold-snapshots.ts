// Folds batch-norm parameters into the preceding convolution's weights and bias in place, then verifies against snapshots.
import { array, NDArray } from "ndalias";

const convW = array([
  [0.2, -0.4, 0.6],
  [1.0, 0.5, -0.5],
]);
const convB = array([0.1, -0.3]);

const bnGamma = array([1.5, 0.5]);
const bnBeta = array([0.2, 0.0]);
const bnMean = array([0.05, -0.1]);
const bnVar = array([0.25, 1.0]);
const eps = 1e-5;

const snapshots = new Map<string, NDArray>();

// Keep pristine copies of the unfused parameters for the verification pass.
snapshots.set("conv.w", convW.copy());
snapshots.set("conv.b", convB.copy());
const firstFilterBefore = convW.slice(0).copy();

function channelScale(): NDArray {
  const scale = bnVar.add(eps);
  for (let i = 0; i < scale.size; i++) scale.set(i, bnGamma.get(i) / Math.sqrt(scale.get(i)));
  return scale;
}

// Writes the module's own weight constant through its own name.
function foldIntoWeights(scale: NDArray): void {
  for (let c = 0; c < convW.shape[0]; c++) {
    for (let k = 0; k < convW.shape[1]; k++) {
      convW.set([c, k], convW.get(c, k) * scale.get(c));
    }
  }
}

function foldIntoBias(scale: NDArray): void {
  convB.isub(bnMean);
  convB.imul(scale);
  convB.iadd(bnBeta);
}

function expectedWeights(scale: NDArray): NDArray {
  const reference = snapshots.get("conv.w");
  if (reference === undefined) throw new Error("missing snapshot conv.w");
  const out = reference.copy();
  for (let c = 0; c < out.shape[0]; c++) {
    for (let k = 0; k < out.shape[1]; k++) out.set([c, k], out.get(c, k) * scale.get(c));
  }
  return out;
}

function maxAbsDiff(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

const scale = channelScale();
const foldedScale = scale.copy();
foldIntoWeights(scale);
foldIntoBias(scale);

const fusedW = convW;
const fusedB = convB;
console.log("fused weights:", fusedW.tolist());
console.log("fused bias:", fusedB.tolist());

const weightError = maxAbsDiff(fusedW, expectedWeights(foldedScale));
console.log("max weight error vs reference:", weightError.toExponential(2));

const originalBias = snapshots.get("conv.b");
if (originalBias !== undefined) {
  console.log("bias before folding:", originalBias.tolist());
}
console.log("first filter before folding:", firstFilterBefore.tolist());
console.log("first filter after folding:", convW.slice(0).tolist());

const report = [...snapshots.keys()].map((k) => `${k}: snapshot kept`);
for (const line of report) console.log(line);
console.log("scale used:", foldedScale.tolist(), "sum", scale.sum());

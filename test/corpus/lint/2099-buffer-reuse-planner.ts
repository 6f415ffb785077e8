// Memory planner for a folded graph: profiles activation buffers through views, then recycles dead buffers as scratch for later ops.
import { zeros, arange, NDArray } from "ndalias";

interface BufferInfo {
  name: string;
  bytes: number;
  lastUse: number;
}

interface Profile {
  headMean: number;
  colPeak: number;
  total: number;
}

// Reads only: summarises a buffer through a few views.
function profile(buf: NDArray): Profile {
  const head = buf.slice(0);
  const byColumn = buf.T;
  return { headMean: head.mean(), colPeak: byColumn.slice(0).max(), total: buf.sum() };
}

// Hands a dead buffer over as zeroed scratch; the planner calls it for the effect.
function recycle(buf: NDArray, info: BufferInfo): void {
  const flat = buf.ravel();
  const before = flat.sum();
  buf.fill(0);
  console.log(`recycled ${info.name} (${info.bytes} B, checksum was ${before})`);
}

function liveAt(infos: BufferInfo[], step: number): string[] {
  return infos.filter((b) => b.lastUse >= step).map((b) => b.name);
}

function peakBytes(infos: BufferInfo[], steps: number): number {
  let peak = 0;
  for (let step = 0; step <= steps; step++) {
    let bytes = 0;
    for (const b of infos) if (b.lastUse >= step) bytes += b.bytes;
    peak = Math.max(peak, bytes);
  }
  return peak;
}

const activations = arange(0, 12).reshape(3, 4);
const residual = zeros([3, 4]);
const infos: BufferInfo[] = [
  { name: "act0", bytes: activations.size * 8, lastUse: 2 },
  { name: "res0", bytes: residual.size * 8, lastUse: 5 },
];

// Step 1..2: consumers read activations through views.
const firstRow = activations.slice(0);
const lastColumn = activations.slice(":", -1);
const transposed = activations.T;
const rowMean = firstRow.mean();
const colMax = lastColumn.max();
const tSum = transposed.sum();
const stats = profile(activations);
console.log(`act0 stats: row mean ${rowMean}, last column max ${colMax}, total ${tSum}`);
console.log(`profile: head ${stats.headMean}, column peak ${stats.colPeak}, total ${stats.total}`);

// Step 3: act0 is dead (all readers above are finished), so its storage becomes scratch.
console.log("live at step 3:", liveAt(infos, 3).join(", "));
activations.fill(0);
activations.assign("0, :", 1);
activations.imul(0.5);
console.log("scratch after reuse:", activations.tolist());

// Step 4: the residual buffer gets the accumulated partial sums.
const partials = arange(1, 5);
for (let r = 0; r < residual.shape[0]; r++) {
  for (let c = 0; c < residual.shape[1]; c++) residual.set([r, c], partials.get(c) * (r + 1));
}
const peakBeforeRecycle = residual.max();
recycle(residual, infos[1]);
console.log("peak residual before recycling:", peakBeforeRecycle);
console.log("live at step 6:", liveAt(infos, 6).length === 0 ? "nothing" : "something");
console.log("residual scratch:", residual.tolist());

// Step 6: a new plan view over the recycled scratch, made after all writes.
const plan = activations.reshape(12);
console.log("scratch plan checksum:", plan.sum(), "first:", plan.get(0));
console.log("peak planned bytes:", peakBytes(infos, 6));

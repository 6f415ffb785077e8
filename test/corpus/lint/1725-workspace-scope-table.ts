// Runs a two-pass smoothing filter with a pooled workspace record and an object-dtype scope table, then releases the scope.
// runnable
import { array, empty, zeros, refcount, memoryStats, NDArray } from "ndalias";

interface Workspace {
  scratch: NDArray;
  output: NDArray;
  passes: number;
}

function makeWorkspace(n: number): Workspace {
  return { scratch: zeros(n), output: zeros(n), passes: 0 };
}

function smoothInto(ws: Workspace, signal: NDArray): void {
  ws.scratch.assign(":", signal);
  const n = signal.size;
  for (let i = 1; i < n - 1; i++) {
    const a: number = ws.scratch.get(i - 1);
    const b: number = ws.scratch.get(i);
    const c: number = ws.scratch.get(i + 1);
    ws.output.set(i, (a + b + c) / 3);
  }
  ws.output.set(0, ws.scratch.get(0));
  ws.output.set(n - 1, ws.scratch.get(n - 1));
  ws.passes += 1;
}

function roughness(x: NDArray): number {
  let total = 0;
  for (let i = 1; i < x.size; i++) {
    total += Math.abs(x.get(i) - x.get(i - 1));
  }
  return total;
}

function openScopes(buffers: NDArray[]): NDArray {
  const root = empty(buffers.length + 1, "object");
  const child = empty(2, "object");
  buffers.forEach((b, i) => root.set(i, b));
  root.set(buffers.length, child);
  child.set(1, zeros(buffers.length));
  child.set(0, root); // expect: no-reference-cycle
  return root;
}

function scopeSize(scope: NDArray): number {
  let bytes = 0;
  for (let i = 0; i < scope.size; i++) {
    const entry = scope.get(i) as NDArray;
    if (entry.dtype !== "object") bytes += entry.size * 8;
  }
  return bytes;
}

const signal = array([1.0, 4.0, 2.0, 6.0, 3.0, 7.0, 2.5, 5.0]);
const ws = makeWorkspace(signal.size);

smoothInto(ws, signal);
console.log("pass 1:", ws.output.tolist(), "roughness", roughness(ws.output).toFixed(3));

const smoothed = ws.output;
const peak = ws.output.max();
ws.output.imul(1 / peak); // expect: no-alias-mutation
console.log("normalised pass 1:", ws.output.tolist());
console.log("unnormalised pass 1 for the report:", smoothed.tolist(), "peak", peak);

const secondInput = ws.output.copy();
smoothInto(ws, secondInput);
console.log("pass 2:", ws.output.tolist(), "roughness", roughness(ws.output).toFixed(3), "passes:", ws.passes);

const residual = signal.sub(ws.output);
residual.imul(residual);
console.log("squared residual:", residual.sum().toFixed(4));

const ratio = roughness(ws.output) / roughness(signal);
console.log("roughness ratio after two passes:", ratio.toFixed(3));

const scope = openScopes([ws.scratch, ws.output, signal]);
console.log("scope bytes:", scopeSize(scope), "references to signal:", refcount(signal));
scope.dispose();
console.log("scope released; live storages:", memoryStats().storages);

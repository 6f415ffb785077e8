/**
 * PLACEHOLDER (written by the runtime-core engineer so the package builds):
 * bounds-only overlap. The overlap engineer replaces the bodies with the
 * exact solver, keeping these signatures.
 */
import type { Layout } from "./hooks.js";
import type { NDArray } from "./ndarray.js";

function bounds(l: Layout): [number, number] | null {
  let lo = l.offset;
  let hi = l.offset;
  for (let i = 0; i < l.shape.length; i++) {
    const n = l.shape[i]!;
    if (n === 0) return null;
    const s = l.strides[i]!;
    if (s > 0) hi += (n - 1) * s;
    else lo += (n - 1) * s;
  }
  return [lo, hi];
}

/** Whether two layouts on the same storage may touch a common element ("too-hard" when undecided). */
export function layoutsOverlap(a: Layout, b: Layout, _maxWork?: number): boolean | "too-hard" {
  const x = bounds(a);
  const y = bounds(b);
  if (x === null || y === null) return false;
  return x[0] <= y[1] && y[0] <= x[1];
}

/** Exact test: do `a` and `b` share an element of memory (like `np.shares_memory`). */
export function sharesMemory(a: NDArray, b: NDArray, maxWork?: number): boolean {
  if (a.storage !== b.storage) return false;
  return layoutsOverlap(a, b, maxWork) !== false;
}

/** Bounds-only test (like `np.may_share_memory`). */
export function mayShareMemory(a: NDArray, b: NDArray): boolean {
  if (a.storage !== b.storage) return false;
  return layoutsOverlap(a, b) !== false;
}

/** Memory functions: refcounts, stats, the cycle collector, overlap tests. */
import { describe } from "./dtype.js";
import { DTypeError } from "./errors.js";
import { NDArray } from "./ndarray.js";
import { collect as collectStorages, memoryStats, unreachableStorages, type MemoryStats } from "./storage.js";
import { mayShareMemory as mayShare, sharesMemory as shares } from "./overlap.js";

/**
 * Live references to the memory behind `a`: every undisposed handle (owner or
 * view) plus every reference held by an object-dtype array element.
 * @ndalias inspect
 */
export function refcount(a: NDArray): number {
  if (!(a instanceof NDArray)) throw new DTypeError(`refcount() needs an NDArray; got ${describe(a)}`);
  return a.storage.released ? 0 : a.storage.refcount;
}

/**
 * Exact test whether `a` and `b` share memory (like `np.shares_memory`).
 * @ndalias inspect
 */
export function sharesMemory(a: NDArray, b: NDArray, maxWork?: number): boolean {
  return shares(a, b, maxWork);
}

/**
 * Bounds-only test whether `a` and `b` may share memory (like `np.may_share_memory`).
 * @ndalias inspect
 */
export function mayShareMemory(a: NDArray, b: NDArray): boolean {
  return mayShare(a, b);
}

/** Frees storages kept alive only by reference cycles; returns how many (like `gc.collect()`). */
export function collect(): number {
  return collectStorages();
}

export { memoryStats, unreachableStorages, type MemoryStats };

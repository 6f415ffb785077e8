/**
 * Exact memory-overlap tests for strided layouts, by the method NumPy uses
 * for `np.shares_memory` (numpy/_core/src/common/mem_overlap.c), written
 * afresh in TypeScript.
 *
 * Two layouts on one storage share an element when
 *
 *     offA + sum(sA[i] * xA[i]) == offB + sum(sB[i] * xB[i]),  0 <= x[i] < shape[i]
 *
 * has an integer solution. Negative strides are turned positive by the change
 * of variables x -> (n - 1 - x) (which moves the offset to the lowest
 * address), zero strides and length-1 axes drop out, and substituting
 * xB' = ubB - xB gives a bounded linear Diophantine equation with positive
 * coefficients:
 *
 *     sum(a[k] * x[k]) == b,  0 <= x[k] <= ub[k],  a[k] > 0
 *
 * with b = hiB - loA (or, symmetrically, hiA - loB; the smaller is used).
 * Terms with equal coefficients merge (their bounds add), bounds are clipped
 * to b / a[k], and the equation is solved by a depth-first search that
 * folds the first k terms into one term with coefficient gcd(a[0..k]) and
 * enumerates, for the last variable, only the values the extended Euclid
 * solution allows (GCD pruning). Each search node costs one unit of work;
 * past `maxWork` units the answer is "too-hard" (NumPy's TooHardError).
 *
 * Itemsize is one element here: strides and offsets are counted in
 * elements and every element is its own memory cell.
 */
import type { Layout } from "./hooks.js";
import type { NDArray } from "./ndarray.js";

/**
 * Default work bound for {@link layoutsOverlap} and {@link sharesMemory}:
 * large enough that every layout met in practice is decided exactly (a
 * search node is a few arithmetic operations; a million of them take a few
 * milliseconds), small enough that a pathological layout cannot hang.
 */
export const DEFAULT_MAX_WORK = 1_000_000;

interface Term {
  a: number;
  ub: number;
}

/** Lowest and highest element index of a non-empty layout; null when empty. */
function extent(l: Layout): [number, number] | null {
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

/** Appends one term per axis that moves through memory (length > 1, stride != 0). */
function pushTerms(l: Layout, out: Term[]): void {
  for (let i = 0; i < l.shape.length; i++) {
    const n = l.shape[i]!;
    const s = l.strides[i]!;
    if (n > 1 && s !== 0) out.push({ a: Math.abs(s), ub: n - 1 });
  }
}

/** Sorts by coefficient (largest first), merges equal coefficients, clips bounds to b / a, drops zero bounds. */
function simplify(terms: Term[], b: number): Term[] {
  terms.sort((x, y) => y.a - x.a);
  const merged: Term[] = [];
  for (const t of terms) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.a === t.a) last.ub += t.ub;
    else merged.push({ a: t.a, ub: t.ub });
  }
  const out: Term[] = [];
  for (const t of merged) {
    const ub = Math.min(t.ub, Math.floor(b / t.a));
    if (ub > 0) out.push({ a: t.a, ub });
  }
  return out;
}

/** Extended Euclid: [g, gamma, epsilon] with gamma * a1 + epsilon * a2 == g == gcd(a1, a2), a1, a2 > 0. */
function euclid(a1: number, a2: number): [number, number, number] {
  let g0 = a1, g1 = a2;
  let x0 = 1, x1 = 0;
  let y0 = 0, y1 = 1;
  while (g1 !== 0) {
    const q = Math.floor(g0 / g1);
    [g0, g1] = [g1, g0 - q * g1];
    [x0, x1] = [x1, x0 - q * x1];
    [y0, y1] = [y1, y0 - q * y1];
  }
  return [g0, x0, y0];
}

/** Exact floor(p / q) for safe integers, q > 0. */
function floorDiv(p: number, q: number): number {
  let r = Math.floor(p / q);
  while (r * q > p) r--;
  while ((r + 1) * q <= p) r++;
  return r;
}

/** Exact ceil(p / q) for safe integers, q > 0. */
function ceilDiv(p: number, q: number): number {
  return -floorDiv(-p, q);
}

class TooHard extends Error {}

/**
 * Does `sum(terms[k].a * x[k]) == b` with `0 <= x[k] <= terms[k].ub` have a
 * solution? `maxWork < 0` means no bound. Throws TooHard when the work bound
 * is exceeded or an intermediate value leaves the safe-integer range.
 */
function solve(terms: Term[], b: number, maxWork: number): boolean {
  const n = terms.length;
  if (b < 0) return false;
  if (n === 0) return b === 0;
  if (n === 1) {
    const t = terms[0]!;
    return b % t.a === 0 && b / t.a <= t.ub;
  }
  // Prefix folds: ep[j] = gcd(a[0..j]) and the bound of the folded variable
  // sum_{i<=j} (a[i] / ep[j]) x[i]; gamma/epsilon solve
  // gamma * ep[j-1] + epsilon * a[j] == ep[j].
  const epA = new Array<number>(n);
  const epUb = new Array<number>(n);
  const gamma = new Array<number>(n);
  const epsilon = new Array<number>(n);
  epA[0] = terms[0]!.a;
  epUb[0] = terms[0]!.ub;
  gamma[0] = 1;
  epsilon[0] = 0;
  for (let j = 1; j < n; j++) {
    const [g, ga, ep] = euclid(epA[j - 1]!, terms[j]!.a);
    epA[j] = g;
    gamma[j] = ga;
    epsilon[j] = ep;
    const ub = epUb[j - 1]! * (epA[j - 1]! / g) + terms[j]!.ub * (terms[j]!.a / g);
    if (!Number.isSafeInteger(ub)) throw new TooHard();
    epUb[j] = ub;
  }
  let count = 0;
  const unbounded = maxWork < 0;

  // Level v: a1 * y + a2 * x[v] == rhs, y the fold of terms 0..v-1.
  const dfs = (v: number, rhs: number): boolean => {
    if (!unbounded && count >= maxWork) throw new TooHard();
    count++;
    const a1 = epA[v - 1]!;
    const u1 = epUb[v - 1]!;
    const a2 = terms[v]!.a;
    const u2 = terms[v]!.ub;
    const g = epA[v]!;
    if (rhs % g !== 0) return false;
    const c = rhs / g;
    const c1 = a2 / g;
    const c2 = a1 / g;
    // All integer solutions: y = gamma*c + c1*t, x[v] = epsilon*c - c2*t.
    const x10 = gamma[v]! * c;
    const x20 = epsilon[v]! * c;
    if (!Number.isSafeInteger(x10) || !Number.isSafeInteger(x20)) throw new TooHard();
    const tLo = Math.max(ceilDiv(-x10, c1), ceilDiv(x20 - u2, c2));
    const tHi = Math.min(floorDiv(u1 - x10, c1), floorDiv(x20, c2));
    if (tLo > tHi) return false;
    if (v === 1) return true; // y is the single variable x[0] itself: any t in range works.
    for (let t = tLo; t <= tHi; t++) {
      const xv = x20 - c2 * t;
      const rest = rhs - a2 * xv;
      if (!Number.isSafeInteger(rest)) throw new TooHard();
      if (dfs(v - 1, rest)) return true;
      if (!unbounded && count >= maxWork) throw new TooHard();
    }
    count++;
    return false;
  };
  return dfs(n - 1, b);
}

/**
 * Whether two layouts on the same storage touch a common element, decided
 * exactly. `maxWork` bounds the search (default {@link DEFAULT_MAX_WORK};
 * a negative value or `Infinity` means no bound, `0` means bounds only, as
 * NumPy's `max_work`); past the bound the answer is `"too-hard"`. Empty
 * layouts never overlap.
 */
export function layoutsOverlap(a: Layout, b: Layout, maxWork: number = DEFAULT_MAX_WORK): boolean | "too-hard" {
  const ea = extent(a);
  const eb = extent(b);
  if (ea === null || eb === null) return false;
  if (ea[1] < eb[0] || eb[1] < ea[0]) return false;
  if (maxWork === 0) return "too-hard";
  const rhs = Math.min(eb[1] - ea[0], ea[1] - eb[0]);
  const raw: Term[] = [];
  pushTerms(a, raw);
  pushTerms(b, raw);
  const terms = simplify(raw, rhs);
  try {
    return solve(terms, rhs, maxWork === Infinity ? -1 : maxWork);
  } catch (e) {
    if (e instanceof TooHard) return "too-hard";
    throw e;
  }
}

/**
 * Exact test whether `a` and `b` share at least one element of memory, like
 * `np.shares_memory`. Arrays on different storages never share; empty arrays
 * never share. `maxWork` bounds the search (default {@link DEFAULT_MAX_WORK};
 * negative or `Infinity` for none). When the bound is exceeded NumPy raises
 * `TooHardError`; ndalias has no such error class and answers the
 * conservative `true` instead (see docs/memory.md).
 * @ndalias inspect
 */
export function sharesMemory(a: NDArray, b: NDArray, maxWork?: number): boolean {
  if (a.storage !== b.storage) return false;
  return layoutsOverlap(a, b, maxWork) !== false;
}

/**
 * Bounds-only test, like `np.may_share_memory`: true when `a` and `b` are on
 * the same storage and the ranges [lowest, highest] element they span
 * intersect. Never false when {@link sharesMemory} is true.
 * @ndalias inspect
 */
export function mayShareMemory(a: NDArray, b: NDArray): boolean {
  if (a.storage !== b.storage) return false;
  return layoutsOverlap(a, b, 0) !== false;
}

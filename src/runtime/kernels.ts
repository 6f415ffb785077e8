/**
 * Layout helpers and the strided iteration engine. Element-wise loops run in
 * the destination's memory order (axes sorted by |stride|, negative strides
 * flipped, size-1 axes dropped, mergeable axes coalesced) with a tight
 * innermost loop over precomputed strides.
 */
import { ShapeError } from "./errors.js";

export interface Lay {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
}

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i]!;
  return n;
}

export function cStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= Math.max(shape[i]!, 1);
  }
  return s;
}

/** Fortran-order strides (first axis fastest). */
export function fStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = 0; i < shape.length; i++) {
    s[i] = acc;
    acc *= Math.max(shape[i]!, 1);
  }
  return s;
}

/** Contiguous strides for `shape` given an axis order `perm` (perm[0] outermost, last innermost). */
function stridesFromPerm(shape: readonly number[], perm: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  let acc = 1;
  for (let i = perm.length - 1; i >= 0; i--) {
    const ax = perm[i]!;
    out[ax] = acc;
    acc *= Math.max(shape[ax]!, 1);
  }
  return out;
}

/**
 * Strides of a new array like `(shape, strides)` in NumPy's order "K"
 * (`PyArray_NewLikeArray` with NPY_KEEPORDER, used by `astype`): C when the
 * prototype is C-contiguous or has at most one axis, F when it is
 * F-contiguous, else the axes sorted by decreasing |stride| (stable: ties keep
 * C order), contiguous and positive.
 */
export function keepOrderStrides(shape: readonly number[], strides: readonly number[]): number[] {
  const nd = shape.length;
  if (nd <= 1 || isCContiguous(shape, strides)) return cStrides(shape);
  if (isFContiguous(shape, strides)) return fStrides(shape);
  const perm = shape.map((_, i) => i);
  // stable insertion sort by decreasing |stride|
  for (let i = 1; i < nd; i++) {
    const v = perm[i]!;
    const sv = Math.abs(strides[v]!);
    let j = i - 1;
    while (j >= 0 && Math.abs(strides[perm[j]!]!) < sv) {
      perm[j + 1] = perm[j]!;
      j--;
    }
    perm[j + 1] = v;
  }
  return stridesFromPerm(shape, perm);
}

/**
 * Strides of an element-wise result in NumPy's order "K": the axis order
 * NumPy's iterator picks for the operands (`npyiter_find_best_axis_ordering`:
 * a stable insertion sort by |stride| where every operand with non-zero
 * strides on both axes votes and, on conflict, C order wins), contiguous and
 * positive. `operands` are the operands' strides broadcast to `shape` (zero
 * on broadcast and length-1 axes).
 */
export function iterOrderStrides(shape: readonly number[], operands: readonly (readonly number[])[]): number[] {
  const nd = shape.length;
  if (nd <= 1) return cStrides(shape);
  // iterator positions: 0 is the innermost axis (C order reversed)
  const perm: number[] = [];
  for (let ax = nd - 1; ax >= 0; ax--) perm.push(ax);
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = perm[i0]!;
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1]!;
      let ambig = true;
      let shouldSwap = false;
      for (const st of operands) {
        const s0 = st[j0]!;
        const s1 = st[j1]!;
        if (s0 !== 0 && s1 !== 0) {
          if (Math.abs(s1) <= Math.abs(s0)) shouldSwap = false;
          else if (ambig) shouldSwap = true;
          ambig = false;
        }
      }
      if (!ambig) {
        if (shouldSwap) ipos = i1;
        else break;
      }
    }
    if (ipos !== i0) {
      for (let k = i0; k > ipos; k--) perm[k] = perm[k - 1]!;
      perm[ipos] = j0;
    }
  }
  perm.reverse(); // outermost first
  return stridesFromPerm(shape, perm);
}

/** NumPy's shape repr: `(3,)`, `(2,3)`, `()`. */
export function fmtShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

export function isCContiguous(shape: readonly number[], strides: readonly number[]): boolean {
  let sd = 1;
  let c = true;
  for (let i = shape.length - 1; i >= 0; i--) {
    const dim = shape[i]!;
    if (dim === 0) return true;
    if (dim !== 1) {
      if (strides[i] !== sd) c = false;
      sd *= dim;
    }
  }
  return c;
}

export function isFContiguous(shape: readonly number[], strides: readonly number[]): boolean {
  let sd = 1;
  let f = true;
  for (let i = 0; i < shape.length; i++) {
    const dim = shape[i]!;
    if (dim === 0) return true;
    if (dim !== 1) {
      if (strides[i] !== sd) f = false;
      sd *= dim;
    }
  }
  return f;
}

/** Broadcast result of two shapes, or ShapeError in NumPy's words. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const x = i < n - a.length ? 1 : a[i - (n - a.length)]!;
    const y = i < n - b.length ? 1 : b[i - (n - b.length)]!;
    if (x === y || y === 1) out[i] = x;
    else if (x === 1) out[i] = y;
    else {
      throw new ShapeError(
        `operands could not be broadcast together with shapes ${fmtShape(a)} ${fmtShape(b)}`,
      );
    }
  }
  return out;
}

/** Strides of `lay` broadcast to `shape` (zero strides for new/stretched axes), or null if impossible. */
export function broadcastStrides(lay: Lay, shape: readonly number[]): number[] | null {
  const n = shape.length;
  const m = lay.shape.length;
  if (m > n) return null;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const j = i - (n - m);
    if (j < 0) {
      out[i] = 0;
      continue;
    }
    const d = lay.shape[j]!;
    if (d === shape[i]) out[i] = d === 1 ? 0 : lay.strides[j]!;
    else if (d === 1) out[i] = 0;
    else return null;
  }
  return out;
}

/** An iteration plan over up to three operands; axis 0 outermost, last axis innermost. */
export interface Plan {
  shape: number[];
  s0: number[];
  o0: number;
  s1: number[];
  o1: number;
  s2: number[];
  o2: number;
}

/**
 * Plans iteration in operand 0's memory order. `st1`/`st2` may be omitted
 * (pass an empty array for an absent operand and it is ignored).
 */
export function plan(
  shape: readonly number[],
  st0: readonly number[], off0: number,
  st1: readonly number[], off1: number,
  st2: readonly number[] = [], off2 = 0,
): Plan {
  // An empty layout: a one-axis plan of length 0, so no runner ever calls a row
  // (a zero-length outer axis would otherwise still run the innermost row once).
  for (let k = 0; k < shape.length; k++) {
    if (shape[k] === 0) return { shape: [0], s0: [0], o0: off0, s1: [0], o1: off1, s2: [0], o2: off2 };
  }
  const has1 = st1.length === shape.length;
  const has2 = st2.length === shape.length;
  const axes: number[] = [];
  const s0: number[] = [];
  const s1: number[] = [];
  const s2: number[] = [];
  let o0 = off0;
  let o1 = off1;
  let o2 = off2;
  for (let k = 0; k < shape.length; k++) {
    const n = shape[k]!;
    if (n === 1) continue;
    let a = st0[k]!;
    let b = has1 ? st1[k]! : 0;
    let c = has2 ? st2[k]! : 0;
    if (a < 0) {
      o0 += (n - 1) * a;
      o1 += (n - 1) * b;
      o2 += (n - 1) * c;
      a = -a;
      b = -b;
      c = -c;
    }
    axes.push(n);
    s0.push(a);
    s1.push(b);
    s2.push(c);
  }
  // Sort axes by stride of operand 0, largest outermost (insertion sort: few axes, stable).
  const order = axes.map((_, i) => i);
  for (let i = 1; i < order.length; i++) {
    const v = order[i]!;
    let j = i - 1;
    while (j >= 0 && (s0[order[j]!]! < s0[v]! || (s0[order[j]!] === s0[v] && Math.abs(s1[order[j]!]!) < Math.abs(s1[v]!)))) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = v;
  }
  const sh: number[] = [];
  const r0: number[] = [];
  const r1: number[] = [];
  const r2: number[] = [];
  for (const i of order) {
    const n = axes[i]!;
    const a = s0[i]!;
    const b = s1[i]!;
    const c = s2[i]!;
    const last = sh.length - 1;
    if (last >= 0 && r0[last] === a * n && r1[last] === b * n && r2[last] === c * n) {
      // merge the outer axis `last` into this inner one
      sh[last] = sh[last]! * n;
      r0[last] = a;
      r1[last] = b;
      r2[last] = c;
    } else {
      sh.push(n);
      r0.push(a);
      r1.push(b);
      r2.push(c);
    }
  }
  return { shape: sh, s0: r0, o0, s1: r1, o1, s2: r2, o2 };
}

/** Row callback: offsets and inner strides of the three operands, and the row length. */
export type Row = (i0: number, d0: number, i1: number, d1: number, i2: number, d2: number, n: number) => void;

/** Runs `row` once per innermost row of the plan (once with n=1 for a 0-d plan). */
export function runPlan(p: Plan, row: Row): void {
  const sh = p.shape;
  const nd = sh.length;
  if (nd === 0) {
    row(p.o0, 0, p.o1, 0, p.o2, 0, 1);
    return;
  }
  const last = nd - 1;
  const n = sh[last]!;
  const d0 = p.s0[last]!;
  const d1 = p.s1[last]!;
  const d2 = p.s2[last]!;
  if (nd === 1) {
    row(p.o0, d0, p.o1, d1, p.o2, d2, n);
    return;
  }
  if (nd === 2) {
    const m = sh[0]!;
    const a = p.s0[0]!;
    const b = p.s1[0]!;
    const c = p.s2[0]!;
    let i0 = p.o0;
    let i1 = p.o1;
    let i2 = p.o2;
    for (let i = 0; i < m; i++) {
      row(i0, d0, i1, d1, i2, d2, n);
      i0 += a;
      i1 += b;
      i2 += c;
    }
    return;
  }
  const idx = new Array<number>(last).fill(0);
  let i0 = p.o0;
  let i1 = p.o1;
  let i2 = p.o2;
  for (;;) {
    row(i0, d0, i1, d1, i2, d2, n);
    let k = last - 1;
    for (; k >= 0; k--) {
      idx[k]!++;
      i0 += p.s0[k]!;
      i1 += p.s1[k]!;
      i2 += p.s2[k]!;
      if (idx[k]! < sh[k]!) break;
      i0 -= p.s0[k]! * sh[k]!;
      i1 -= p.s1[k]! * sh[k]!;
      i2 -= p.s2[k]! * sh[k]!;
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

/** Calls `fn(storageIndex)` for every element of `lay` in C (row-major) order. */
export function forEachIndexC(lay: Lay, fn: (idx: number) => void): void {
  const sh = lay.shape;
  const st = lay.strides;
  const nd = sh.length;
  if (sizeOf(sh) === 0) return;
  if (nd === 0) {
    fn(lay.offset);
    return;
  }
  const idx = new Array<number>(nd).fill(0);
  let p = lay.offset;
  const last = nd - 1;
  const n = sh[last]!;
  const s = st[last]!;
  for (;;) {
    for (let i = 0, q = p; i < n; i++, q += s) fn(q);
    let k = last - 1;
    for (; k >= 0; k--) {
      idx[k]!++;
      p += st[k]!;
      if (idx[k]! < sh[k]!) break;
      p -= st[k]! * sh[k]!;
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

/** Storage indices of `lay` in C order. */
export function indicesC(lay: Lay): Int32Array | number[] {
  const n = sizeOf(lay.shape);
  const out: number[] = new Array<number>(n);
  let j = 0;
  forEachIndexC(lay, (i) => {
    out[j++] = i;
  });
  return out;
}

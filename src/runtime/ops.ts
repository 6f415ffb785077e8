/**
 * Element-wise kernels over typed arrays. The numeric kernels are written out
 * per operation so the innermost loop is a plain indexed loop with constant
 * strides: no per-element closures, conversions or allocations.
 */
import type { NumericData } from "./ndarray.js";
import { plan, runPlan, type Plan } from "./kernels.js";

export const ADD = 0;
export const SUB = 1;
export const MUL = 2;
export const DIV = 3;
export const COPY = 4;
/** Integer multiply with 32-bit wraparound (int32/uint32 results). */
export const IMUL32 = 5;
export type OpCode = 0 | 1 | 2 | 3 | 4 | 5;

/** `d[i] op= s[j]` over a plan whose operand 0 is `d` and operand 1 is `s`. */
export function inplaceKernel(op: OpCode, d: NumericData, s: NumericData | number[], p: Plan): void {
  const dd = d as Float64Array;
  const ss = s as Float64Array;
  switch (op) {
    case ADD:
      runPlan(p, (i0, d0, i1, d1, _i2, _d2, n) => {
        if (d0 === 1 && d1 === 1) {
          for (let k = 0; k < n; k++) dd[i0 + k] += ss[i1 + k]!;
        } else if (d1 === 0) {
          const v = ss[i1]!;
          if (d0 === 1) for (let k = 0; k < n; k++) dd[i0 + k] += v;
          else for (let k = 0; k < n; k++, i0 += d0) dd[i0] += v;
        } else {
          for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] += ss[i1]!;
        }
      });
      return;
    case SUB:
      runPlan(p, (i0, d0, i1, d1, _i2, _d2, n) => {
        if (d0 === 1 && d1 === 1) {
          for (let k = 0; k < n; k++) dd[i0 + k] -= ss[i1 + k]!;
        } else {
          for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] -= ss[i1]!;
        }
      });
      return;
    case MUL:
      runPlan(p, (i0, d0, i1, d1, _i2, _d2, n) => {
        if (d0 === 1 && d1 === 1) {
          for (let k = 0; k < n; k++) dd[i0 + k] *= ss[i1 + k]!;
        } else {
          for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] *= ss[i1]!;
        }
      });
      return;
    case DIV:
      runPlan(p, (i0, d0, i1, d1, _i2, _d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] /= ss[i1]!;
      });
      return;
    case COPY:
      runPlan(p, (i0, d0, i1, d1, _i2, _d2, n) => {
        if (d0 === 1 && d1 === 1) {
          for (let k = 0; k < n; k++) dd[i0 + k] = ss[i1 + k]!;
        } else {
          for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] = ss[i1]!;
        }
      });
      return;
    case IMUL32:
      runPlan(p, (i0, d0, i1, d1, _i2, _d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] = Math.imul(dd[i0]!, ss[i1]!);
      });
      return;
  }
}

/** `o[i] = a[j] op b[k]` over a plan with operands (o, a, b). */
export function binaryKernel(
  op: OpCode,
  o: NumericData,
  a: NumericData | number[],
  b: NumericData | number[],
  p: Plan,
): void {
  const oo = o as Float64Array;
  const aa = a as Float64Array;
  const bb = b as Float64Array;
  switch (op) {
    case ADD:
      runPlan(p, (i0, d0, i1, d1, i2, d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! + bb[i2]!;
      });
      return;
    case SUB:
      runPlan(p, (i0, d0, i1, d1, i2, d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! - bb[i2]!;
      });
      return;
    case MUL:
      runPlan(p, (i0, d0, i1, d1, i2, d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! * bb[i2]!;
      });
      return;
    case DIV:
      runPlan(p, (i0, d0, i1, d1, i2, d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! / bb[i2]!;
      });
      return;
    case COPY:
      runPlan(p, (i0, d0, i1, d1, _i2, _d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1) oo[i0] = aa[i1]!;
      });
      return;
    case IMUL32:
      runPlan(p, (i0, d0, i1, d1, i2, d2, n) => {
        for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = Math.imul(aa[i1]!, bb[i2]!);
      });
      return;
  }
}

/** Generic element-wise loop for bool/object results: `o[i] = f(a[j], b[k])`. */
export function genericBinary(
  o: unknown[] | NumericData,
  a: ArrayLike<unknown>,
  b: ArrayLike<unknown>,
  p: Plan,
  f: (x: unknown, y: unknown) => unknown,
): void {
  const oo = o as unknown[];
  runPlan(p, (i0, d0, i1, d1, i2, d2, n) => {
    for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = f(a[i1], b[i2]);
  });
}

/** Sum of the elements of a layout in memory order. */
export function sumLayout(d: NumericData, shape: readonly number[], strides: readonly number[], offset: number): number {
  const dd = d as Float64Array;
  const p = plan(shape, strides, offset, [], 0);
  let acc = 0;
  runPlan(p, (i0, d0, _i1, _d1, _i2, _d2, n) => {
    let s = 0;
    if (d0 === 1) for (let k = 0; k < n; k++) s += dd[i0 + k]!;
    else for (let k = 0; k < n; k++, i0 += d0) s += dd[i0]!;
    acc += s;
  });
  return acc;
}

/** Min or max (NaN propagates, as NumPy) of a non-empty layout, in memory order. */
export function extremeLayout(
  d: NumericData,
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
  wantMax: boolean,
): number {
  const dd = d as Float64Array;
  const p = plan(shape, strides, offset, [], 0);
  let acc = wantMax ? -Infinity : Infinity;
  let nan = false;
  runPlan(p, (i0, d0, _i1, _d1, _i2, _d2, n) => {
    for (let k = 0; k < n; k++, i0 += d0) {
      const v = dd[i0]!;
      if (v !== v) nan = true;
      else if (wantMax ? v > acc : v < acc) acc = v;
    }
  });
  return nan ? NaN : acc;
}

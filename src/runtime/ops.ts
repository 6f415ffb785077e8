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

type Buf = Float64Array;
/** A row kernel over two operands; returns a partial result for reductions (0 otherwise). */
type Row2 = (dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number) => number;

function addC(dd: Buf, i0: number, ss: Buf, i1: number, n: number): number {
  let k = 0;
  const m = n - 7;
  if (i0 === 0 && i1 === 0) {
    const m16 = n - 15;
    for (; k < m16; k += 16) {
      dd[k] += ss[k]!;
      dd[k + 1] += ss[k + 1]!;
      dd[k + 2] += ss[k + 2]!;
      dd[k + 3] += ss[k + 3]!;
      dd[k + 4] += ss[k + 4]!;
      dd[k + 5] += ss[k + 5]!;
      dd[k + 6] += ss[k + 6]!;
      dd[k + 7] += ss[k + 7]!;
      dd[k + 8] += ss[k + 8]!;
      dd[k + 9] += ss[k + 9]!;
      dd[k + 10] += ss[k + 10]!;
      dd[k + 11] += ss[k + 11]!;
      dd[k + 12] += ss[k + 12]!;
      dd[k + 13] += ss[k + 13]!;
      dd[k + 14] += ss[k + 14]!;
      dd[k + 15] += ss[k + 15]!;
    }
    for (; k < n; k++) dd[k] += ss[k]!;
  } else {
    for (; k < m; k += 8) {
      dd[i0 + k] += ss[i1 + k]!;
      dd[i0 + k + 1] += ss[i1 + k + 1]!;
      dd[i0 + k + 2] += ss[i1 + k + 2]!;
      dd[i0 + k + 3] += ss[i1 + k + 3]!;
      dd[i0 + k + 4] += ss[i1 + k + 4]!;
      dd[i0 + k + 5] += ss[i1 + k + 5]!;
      dd[i0 + k + 6] += ss[i1 + k + 6]!;
      dd[i0 + k + 7] += ss[i1 + k + 7]!;
    }
    for (; k < n; k++) dd[i0 + k] += ss[i1 + k]!;
  }
  return 0;
}

function addB(dd: Buf, i0: number, d0: number, v: number, n: number): number {
  let k = 0;
  const m = n - 3;
  if (d0 === 1) {
    for (; k < m; k += 4) {
      dd[i0 + k] += v;
      dd[i0 + k + 1] += v;
      dd[i0 + k + 2] += v;
      dd[i0 + k + 3] += v;
    }
    for (; k < n; k++) dd[i0 + k] += v;
  } else {
    for (; k < n; k++, i0 += d0) dd[i0] += v;
  }
  return 0;
}

function addS(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] += ss[i1]!;
  return 0;
}

/** Small strides: unrolled by four (large strides are memory-bound; the plain loop is faster there). */
function addS4(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  let k = 0;
  const m = n - 3;
  const d02 = 2 * d0;
  const d03 = 3 * d0;
  const d12 = 2 * d1;
  const d13 = 3 * d1;
  for (; k < m; k += 4, i0 += 4 * d0, i1 += 4 * d1) {
    dd[i0] += ss[i1]!;
    dd[i0 + d0] += ss[i1 + d1]!;
    dd[i0 + d02] += ss[i1 + d12]!;
    dd[i0 + d03] += ss[i1 + d13]!;
  }
  for (; k < n; k++, i0 += d0, i1 += d1) dd[i0] += ss[i1]!;
  return 0;
}

function addRow(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  if (d0 === 1 && d1 === 1) return addC(dd, i0, ss, i1, n);
  if (d1 === 0) return addB(dd, i0, d0, ss[i1]!, n);
  if (d0 < 16 && d0 > -16 && d1 < 16 && d1 > -16) return addS4(dd, i0, d0, ss, i1, d1, n);
  return addS(dd, i0, d0, ss, i1, d1, n);
}

function subC(dd: Buf, i0: number, ss: Buf, i1: number, n: number): number {
  let k = 0;
  const m = n - 7;
  if (i0 === 0 && i1 === 0) {
    const m16 = n - 15;
    for (; k < m16; k += 16) {
      dd[k] -= ss[k]!;
      dd[k + 1] -= ss[k + 1]!;
      dd[k + 2] -= ss[k + 2]!;
      dd[k + 3] -= ss[k + 3]!;
      dd[k + 4] -= ss[k + 4]!;
      dd[k + 5] -= ss[k + 5]!;
      dd[k + 6] -= ss[k + 6]!;
      dd[k + 7] -= ss[k + 7]!;
      dd[k + 8] -= ss[k + 8]!;
      dd[k + 9] -= ss[k + 9]!;
      dd[k + 10] -= ss[k + 10]!;
      dd[k + 11] -= ss[k + 11]!;
      dd[k + 12] -= ss[k + 12]!;
      dd[k + 13] -= ss[k + 13]!;
      dd[k + 14] -= ss[k + 14]!;
      dd[k + 15] -= ss[k + 15]!;
    }
    for (; k < n; k++) dd[k] -= ss[k]!;
  } else {
    for (; k < m; k += 8) {
      dd[i0 + k] -= ss[i1 + k]!;
      dd[i0 + k + 1] -= ss[i1 + k + 1]!;
      dd[i0 + k + 2] -= ss[i1 + k + 2]!;
      dd[i0 + k + 3] -= ss[i1 + k + 3]!;
      dd[i0 + k + 4] -= ss[i1 + k + 4]!;
      dd[i0 + k + 5] -= ss[i1 + k + 5]!;
      dd[i0 + k + 6] -= ss[i1 + k + 6]!;
      dd[i0 + k + 7] -= ss[i1 + k + 7]!;
    }
    for (; k < n; k++) dd[i0 + k] -= ss[i1 + k]!;
  }
  return 0;
}

function subB(dd: Buf, i0: number, d0: number, v: number, n: number): number {
  let k = 0;
  const m = n - 3;
  if (d0 === 1) {
    for (; k < m; k += 4) {
      dd[i0 + k] -= v;
      dd[i0 + k + 1] -= v;
      dd[i0 + k + 2] -= v;
      dd[i0 + k + 3] -= v;
    }
    for (; k < n; k++) dd[i0 + k] -= v;
  } else {
    for (; k < n; k++, i0 += d0) dd[i0] -= v;
  }
  return 0;
}

function subS(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] -= ss[i1]!;
  return 0;
}

/** Small strides: unrolled by four (large strides are memory-bound; the plain loop is faster there). */
function subS4(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  let k = 0;
  const m = n - 3;
  const d02 = 2 * d0;
  const d03 = 3 * d0;
  const d12 = 2 * d1;
  const d13 = 3 * d1;
  for (; k < m; k += 4, i0 += 4 * d0, i1 += 4 * d1) {
    dd[i0] -= ss[i1]!;
    dd[i0 + d0] -= ss[i1 + d1]!;
    dd[i0 + d02] -= ss[i1 + d12]!;
    dd[i0 + d03] -= ss[i1 + d13]!;
  }
  for (; k < n; k++, i0 += d0, i1 += d1) dd[i0] -= ss[i1]!;
  return 0;
}

function subRow(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  if (d0 === 1 && d1 === 1) return subC(dd, i0, ss, i1, n);
  if (d1 === 0) return subB(dd, i0, d0, ss[i1]!, n);
  if (d0 < 16 && d0 > -16 && d1 < 16 && d1 > -16) return subS4(dd, i0, d0, ss, i1, d1, n);
  return subS(dd, i0, d0, ss, i1, d1, n);
}

function mulC(dd: Buf, i0: number, ss: Buf, i1: number, n: number): number {
  let k = 0;
  const m = n - 7;
  if (i0 === 0 && i1 === 0) {
    const m16 = n - 15;
    for (; k < m16; k += 16) {
      dd[k] *= ss[k]!;
      dd[k + 1] *= ss[k + 1]!;
      dd[k + 2] *= ss[k + 2]!;
      dd[k + 3] *= ss[k + 3]!;
      dd[k + 4] *= ss[k + 4]!;
      dd[k + 5] *= ss[k + 5]!;
      dd[k + 6] *= ss[k + 6]!;
      dd[k + 7] *= ss[k + 7]!;
      dd[k + 8] *= ss[k + 8]!;
      dd[k + 9] *= ss[k + 9]!;
      dd[k + 10] *= ss[k + 10]!;
      dd[k + 11] *= ss[k + 11]!;
      dd[k + 12] *= ss[k + 12]!;
      dd[k + 13] *= ss[k + 13]!;
      dd[k + 14] *= ss[k + 14]!;
      dd[k + 15] *= ss[k + 15]!;
    }
    for (; k < n; k++) dd[k] *= ss[k]!;
  } else {
    for (; k < m; k += 8) {
      dd[i0 + k] *= ss[i1 + k]!;
      dd[i0 + k + 1] *= ss[i1 + k + 1]!;
      dd[i0 + k + 2] *= ss[i1 + k + 2]!;
      dd[i0 + k + 3] *= ss[i1 + k + 3]!;
      dd[i0 + k + 4] *= ss[i1 + k + 4]!;
      dd[i0 + k + 5] *= ss[i1 + k + 5]!;
      dd[i0 + k + 6] *= ss[i1 + k + 6]!;
      dd[i0 + k + 7] *= ss[i1 + k + 7]!;
    }
    for (; k < n; k++) dd[i0 + k] *= ss[i1 + k]!;
  }
  return 0;
}

function mulB(dd: Buf, i0: number, d0: number, v: number, n: number): number {
  let k = 0;
  const m = n - 3;
  if (d0 === 1) {
    for (; k < m; k += 4) {
      dd[i0 + k] *= v;
      dd[i0 + k + 1] *= v;
      dd[i0 + k + 2] *= v;
      dd[i0 + k + 3] *= v;
    }
    for (; k < n; k++) dd[i0 + k] *= v;
  } else {
    for (; k < n; k++, i0 += d0) dd[i0] *= v;
  }
  return 0;
}

function mulS(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] *= ss[i1]!;
  return 0;
}

/** Small strides: unrolled by four (large strides are memory-bound; the plain loop is faster there). */
function mulS4(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  let k = 0;
  const m = n - 3;
  const d02 = 2 * d0;
  const d03 = 3 * d0;
  const d12 = 2 * d1;
  const d13 = 3 * d1;
  for (; k < m; k += 4, i0 += 4 * d0, i1 += 4 * d1) {
    dd[i0] *= ss[i1]!;
    dd[i0 + d0] *= ss[i1 + d1]!;
    dd[i0 + d02] *= ss[i1 + d12]!;
    dd[i0 + d03] *= ss[i1 + d13]!;
  }
  for (; k < n; k++, i0 += d0, i1 += d1) dd[i0] *= ss[i1]!;
  return 0;
}

function mulRow(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  if (d0 === 1 && d1 === 1) return mulC(dd, i0, ss, i1, n);
  if (d1 === 0) return mulB(dd, i0, d0, ss[i1]!, n);
  if (d0 < 16 && d0 > -16 && d1 < 16 && d1 > -16) return mulS4(dd, i0, d0, ss, i1, d1, n);
  return mulS(dd, i0, d0, ss, i1, d1, n);
}

function divC(dd: Buf, i0: number, ss: Buf, i1: number, n: number): number {
  let k = 0;
  const m = n - 7;
  if (i0 === 0 && i1 === 0) {
    const m16 = n - 15;
    for (; k < m16; k += 16) {
      dd[k] /= ss[k]!;
      dd[k + 1] /= ss[k + 1]!;
      dd[k + 2] /= ss[k + 2]!;
      dd[k + 3] /= ss[k + 3]!;
      dd[k + 4] /= ss[k + 4]!;
      dd[k + 5] /= ss[k + 5]!;
      dd[k + 6] /= ss[k + 6]!;
      dd[k + 7] /= ss[k + 7]!;
      dd[k + 8] /= ss[k + 8]!;
      dd[k + 9] /= ss[k + 9]!;
      dd[k + 10] /= ss[k + 10]!;
      dd[k + 11] /= ss[k + 11]!;
      dd[k + 12] /= ss[k + 12]!;
      dd[k + 13] /= ss[k + 13]!;
      dd[k + 14] /= ss[k + 14]!;
      dd[k + 15] /= ss[k + 15]!;
    }
    for (; k < n; k++) dd[k] /= ss[k]!;
  } else {
    for (; k < m; k += 8) {
      dd[i0 + k] /= ss[i1 + k]!;
      dd[i0 + k + 1] /= ss[i1 + k + 1]!;
      dd[i0 + k + 2] /= ss[i1 + k + 2]!;
      dd[i0 + k + 3] /= ss[i1 + k + 3]!;
      dd[i0 + k + 4] /= ss[i1 + k + 4]!;
      dd[i0 + k + 5] /= ss[i1 + k + 5]!;
      dd[i0 + k + 6] /= ss[i1 + k + 6]!;
      dd[i0 + k + 7] /= ss[i1 + k + 7]!;
    }
    for (; k < n; k++) dd[i0 + k] /= ss[i1 + k]!;
  }
  return 0;
}

function divB(dd: Buf, i0: number, d0: number, v: number, n: number): number {
  let k = 0;
  const m = n - 3;
  if (d0 === 1) {
    for (; k < m; k += 4) {
      dd[i0 + k] /= v;
      dd[i0 + k + 1] /= v;
      dd[i0 + k + 2] /= v;
      dd[i0 + k + 3] /= v;
    }
    for (; k < n; k++) dd[i0 + k] /= v;
  } else {
    for (; k < n; k++, i0 += d0) dd[i0] /= v;
  }
  return 0;
}

function divS(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] /= ss[i1]!;
  return 0;
}

/** Small strides: unrolled by four (large strides are memory-bound; the plain loop is faster there). */
function divS4(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  let k = 0;
  const m = n - 3;
  const d02 = 2 * d0;
  const d03 = 3 * d0;
  const d12 = 2 * d1;
  const d13 = 3 * d1;
  for (; k < m; k += 4, i0 += 4 * d0, i1 += 4 * d1) {
    dd[i0] /= ss[i1]!;
    dd[i0 + d0] /= ss[i1 + d1]!;
    dd[i0 + d02] /= ss[i1 + d12]!;
    dd[i0 + d03] /= ss[i1 + d13]!;
  }
  for (; k < n; k++, i0 += d0, i1 += d1) dd[i0] /= ss[i1]!;
  return 0;
}

function divRow(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  if (d0 === 1 && d1 === 1) return divC(dd, i0, ss, i1, n);
  if (d1 === 0) return divB(dd, i0, d0, ss[i1]!, n);
  if (d0 < 16 && d0 > -16 && d1 < 16 && d1 > -16) return divS4(dd, i0, d0, ss, i1, d1, n);
  return divS(dd, i0, d0, ss, i1, d1, n);
}

function copyC(dd: Buf, i0: number, ss: Buf, i1: number, n: number): number {
  let k = 0;
  const m = n - 7;
  if (i0 === 0 && i1 === 0) {
    const m16 = n - 15;
    for (; k < m16; k += 16) {
      dd[k] = ss[k]!;
      dd[k + 1] = ss[k + 1]!;
      dd[k + 2] = ss[k + 2]!;
      dd[k + 3] = ss[k + 3]!;
      dd[k + 4] = ss[k + 4]!;
      dd[k + 5] = ss[k + 5]!;
      dd[k + 6] = ss[k + 6]!;
      dd[k + 7] = ss[k + 7]!;
      dd[k + 8] = ss[k + 8]!;
      dd[k + 9] = ss[k + 9]!;
      dd[k + 10] = ss[k + 10]!;
      dd[k + 11] = ss[k + 11]!;
      dd[k + 12] = ss[k + 12]!;
      dd[k + 13] = ss[k + 13]!;
      dd[k + 14] = ss[k + 14]!;
      dd[k + 15] = ss[k + 15]!;
    }
    for (; k < n; k++) dd[k] = ss[k]!;
  } else {
    for (; k < m; k += 8) {
      dd[i0 + k] = ss[i1 + k]!;
      dd[i0 + k + 1] = ss[i1 + k + 1]!;
      dd[i0 + k + 2] = ss[i1 + k + 2]!;
      dd[i0 + k + 3] = ss[i1 + k + 3]!;
      dd[i0 + k + 4] = ss[i1 + k + 4]!;
      dd[i0 + k + 5] = ss[i1 + k + 5]!;
      dd[i0 + k + 6] = ss[i1 + k + 6]!;
      dd[i0 + k + 7] = ss[i1 + k + 7]!;
    }
    for (; k < n; k++) dd[i0 + k] = ss[i1 + k]!;
  }
  return 0;
}

function copyB(dd: Buf, i0: number, d0: number, v: number, n: number): number {
  let k = 0;
  const m = n - 3;
  if (d0 === 1) {
    for (; k < m; k += 4) {
      dd[i0 + k] = v;
      dd[i0 + k + 1] = v;
      dd[i0 + k + 2] = v;
      dd[i0 + k + 3] = v;
    }
    for (; k < n; k++) dd[i0 + k] = v;
  } else {
    for (; k < n; k++, i0 += d0) dd[i0] = v;
  }
  return 0;
}

function copyS(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] = ss[i1]!;
  return 0;
}

/** Small strides: unrolled by four (large strides are memory-bound; the plain loop is faster there). */
function copyS4(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  let k = 0;
  const m = n - 3;
  const d02 = 2 * d0;
  const d03 = 3 * d0;
  const d12 = 2 * d1;
  const d13 = 3 * d1;
  for (; k < m; k += 4, i0 += 4 * d0, i1 += 4 * d1) {
    dd[i0] = ss[i1]!;
    dd[i0 + d0] = ss[i1 + d1]!;
    dd[i0 + d02] = ss[i1 + d12]!;
    dd[i0 + d03] = ss[i1 + d13]!;
  }
  for (; k < n; k++, i0 += d0, i1 += d1) dd[i0] = ss[i1]!;
  return 0;
}

function copyRow(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  if (d0 === 1 && d1 === 1) return copyC(dd, i0, ss, i1, n);
  if (d1 === 0) return copyB(dd, i0, d0, ss[i1]!, n);
  if (d0 < 16 && d0 > -16 && d1 < 16 && d1 > -16) return copyS4(dd, i0, d0, ss, i1, d1, n);
  return copyS(dd, i0, d0, ss, i1, d1, n);
}

function imulRow(dd: Buf, i0: number, d0: number, ss: Buf, i1: number, d1: number, n: number): number {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1) dd[i0] = Math.imul(dd[i0]!, ss[i1]!);
  return 0;
}

/**
 * NumPy's pairwise summation (`pairwise_sum_DOUBLE`): blocks of up to 128
 * elements summed with 8 accumulators, larger runs split in halves. On a
 * contiguous run this gives NumPy's result bit for bit.
 */
function pairwise(dd: Buf, i0: number, d0: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let k = 0; k < n; k++, i0 += d0) res += dd[i0]!;
    return res;
  }
  if (n <= 128) {
    let r0 = dd[i0]!;
    let r1 = dd[i0 + d0]!;
    let r2 = dd[i0 + 2 * d0]!;
    let r3 = dd[i0 + 3 * d0]!;
    let r4 = dd[i0 + 4 * d0]!;
    let r5 = dd[i0 + 5 * d0]!;
    let r6 = dd[i0 + 6 * d0]!;
    let r7 = dd[i0 + 7 * d0]!;
    const lim = n - (n % 8);
    let i = 8;
    let p = i0 + 8 * d0;
    if (d0 === 1) {
      for (; i < lim; i += 8, p += 8) {
        r0 += dd[p]!;
        r1 += dd[p + 1]!;
        r2 += dd[p + 2]!;
        r3 += dd[p + 3]!;
        r4 += dd[p + 4]!;
        r5 += dd[p + 5]!;
        r6 += dd[p + 6]!;
        r7 += dd[p + 7]!;
      }
    } else {
      for (; i < lim; i += 8, p += 8 * d0) {
        r0 += dd[p]!;
        r1 += dd[p + d0]!;
        r2 += dd[p + 2 * d0]!;
        r3 += dd[p + 3 * d0]!;
        r4 += dd[p + 4 * d0]!;
        r5 += dd[p + 5 * d0]!;
        r6 += dd[p + 6 * d0]!;
        r7 += dd[p + 7 * d0]!;
      }
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++, p += d0) res += dd[p]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(dd, i0, d0, n2) + pairwise(dd, i0 + n2 * d0, d0, n - n2);
}

function sumRow(dd: Buf, i0: number, d0: number, _ss: Buf, _i1: number, _d1: number, n: number): number {
  return pairwise(dd, i0, d0, n);
}

/** Runs a two-operand row kernel over every innermost row of `p`; returns the sum of the row results. */
function run2(p: Plan, fn: Row2, dd: Buf, ss: Buf): number {
  const sh = p.shape;
  const nd = sh.length;
  if (nd === 0) return fn(dd, p.o0, 0, ss, p.o1, 0, 1);
  const last = nd - 1;
  const n = sh[last]!;
  const d0 = p.s0[last]!;
  const d1 = p.s1[last]!;
  if (nd === 1) return fn(dd, p.o0, d0, ss, p.o1, d1, n);
  let acc = 0;
  if (nd === 2) {
    const m = sh[0]!;
    const a = p.s0[0]!;
    const b = p.s1[0]!;
    let i0 = p.o0;
    let i1 = p.o1;
    for (let i = 0; i < m; i++, i0 += a, i1 += b) acc += fn(dd, i0, d0, ss, i1, d1, n);
    return acc;
  }
  const idx = new Array<number>(last).fill(0);
  let i0 = p.o0;
  let i1 = p.o1;
  for (;;) {
    acc += fn(dd, i0, d0, ss, i1, d1, n);
    let k = last - 1;
    for (; k >= 0; k--) {
      idx[k]!++;
      i0 += p.s0[k]!;
      i1 += p.s1[k]!;
      if (idx[k]! < sh[k]!) break;
      i0 -= p.s0[k]! * sh[k]!;
      i1 -= p.s1[k]! * sh[k]!;
      idx[k] = 0;
    }
    if (k < 0) return acc;
  }
}

const INPLACE_ROWS: Row2[] = [addRow, subRow, mulRow, divRow, copyRow, imulRow];

/** `d[i] op= s[j]` over a plan whose operand 0 is `d` and operand 1 is `s`. */
export function inplaceKernel(op: OpCode, d: NumericData, s: NumericData | number[], p: Plan): void {
  run2(p, INPLACE_ROWS[op]!, d as Buf, s as Buf);
}

type Row3 = (oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number) => void;

function add3C(oo: Buf, i0: number, aa: Buf, i1: number, bb: Buf, i2: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0 && i2 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! + bb[k]!;
      oo[k + 1] = aa[k + 1]! + bb[k + 1]!;
      oo[k + 2] = aa[k + 2]! + bb[k + 2]!;
      oo[k + 3] = aa[k + 3]! + bb[k + 3]!;
      oo[k + 4] = aa[k + 4]! + bb[k + 4]!;
      oo[k + 5] = aa[k + 5]! + bb[k + 5]!;
      oo[k + 6] = aa[k + 6]! + bb[k + 6]!;
      oo[k + 7] = aa[k + 7]! + bb[k + 7]!;
    }
    for (; k < n; k++) oo[k] = aa[k]! + bb[k]!;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! + bb[i2 + k]!;
    oo[i0 + k + 1] = aa[i1 + k + 1]! + bb[i2 + k + 1]!;
    oo[i0 + k + 2] = aa[i1 + k + 2]! + bb[i2 + k + 2]!;
    oo[i0 + k + 3] = aa[i1 + k + 3]! + bb[i2 + k + 3]!;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! + bb[i2 + k]!;
}

function add3B(oo: Buf, i0: number, aa: Buf, i1: number, v: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! + v;
      oo[k + 1] = aa[k + 1]! + v;
      oo[k + 2] = aa[k + 2]! + v;
      oo[k + 3] = aa[k + 3]! + v;
      oo[k + 4] = aa[k + 4]! + v;
      oo[k + 5] = aa[k + 5]! + v;
      oo[k + 6] = aa[k + 6]! + v;
      oo[k + 7] = aa[k + 7]! + v;
    }
    for (; k < n; k++) oo[k] = aa[k]! + v;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! + v;
    oo[i0 + k + 1] = aa[i1 + k + 1]! + v;
    oo[i0 + k + 2] = aa[i1 + k + 2]! + v;
    oo[i0 + k + 3] = aa[i1 + k + 3]! + v;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! + v;
}

function add3S(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! + bb[i2]!;
}

function add3(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  if (d0 === 1 && d1 === 1) {
    if (d2 === 1) return add3C(oo, i0, aa, i1, bb, i2, n);
    if (d2 === 0) return add3B(oo, i0, aa, i1, bb[i2]!, n);
  }
  add3S(oo, i0, d0, aa, i1, d1, bb, i2, d2, n);
}

function sub3C(oo: Buf, i0: number, aa: Buf, i1: number, bb: Buf, i2: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0 && i2 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! - bb[k]!;
      oo[k + 1] = aa[k + 1]! - bb[k + 1]!;
      oo[k + 2] = aa[k + 2]! - bb[k + 2]!;
      oo[k + 3] = aa[k + 3]! - bb[k + 3]!;
      oo[k + 4] = aa[k + 4]! - bb[k + 4]!;
      oo[k + 5] = aa[k + 5]! - bb[k + 5]!;
      oo[k + 6] = aa[k + 6]! - bb[k + 6]!;
      oo[k + 7] = aa[k + 7]! - bb[k + 7]!;
    }
    for (; k < n; k++) oo[k] = aa[k]! - bb[k]!;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! - bb[i2 + k]!;
    oo[i0 + k + 1] = aa[i1 + k + 1]! - bb[i2 + k + 1]!;
    oo[i0 + k + 2] = aa[i1 + k + 2]! - bb[i2 + k + 2]!;
    oo[i0 + k + 3] = aa[i1 + k + 3]! - bb[i2 + k + 3]!;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! - bb[i2 + k]!;
}

function sub3B(oo: Buf, i0: number, aa: Buf, i1: number, v: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! - v;
      oo[k + 1] = aa[k + 1]! - v;
      oo[k + 2] = aa[k + 2]! - v;
      oo[k + 3] = aa[k + 3]! - v;
      oo[k + 4] = aa[k + 4]! - v;
      oo[k + 5] = aa[k + 5]! - v;
      oo[k + 6] = aa[k + 6]! - v;
      oo[k + 7] = aa[k + 7]! - v;
    }
    for (; k < n; k++) oo[k] = aa[k]! - v;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! - v;
    oo[i0 + k + 1] = aa[i1 + k + 1]! - v;
    oo[i0 + k + 2] = aa[i1 + k + 2]! - v;
    oo[i0 + k + 3] = aa[i1 + k + 3]! - v;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! - v;
}

function sub3S(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! - bb[i2]!;
}

function sub3(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  if (d0 === 1 && d1 === 1) {
    if (d2 === 1) return sub3C(oo, i0, aa, i1, bb, i2, n);
    if (d2 === 0) return sub3B(oo, i0, aa, i1, bb[i2]!, n);
  }
  sub3S(oo, i0, d0, aa, i1, d1, bb, i2, d2, n);
}

function mul3C(oo: Buf, i0: number, aa: Buf, i1: number, bb: Buf, i2: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0 && i2 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! * bb[k]!;
      oo[k + 1] = aa[k + 1]! * bb[k + 1]!;
      oo[k + 2] = aa[k + 2]! * bb[k + 2]!;
      oo[k + 3] = aa[k + 3]! * bb[k + 3]!;
      oo[k + 4] = aa[k + 4]! * bb[k + 4]!;
      oo[k + 5] = aa[k + 5]! * bb[k + 5]!;
      oo[k + 6] = aa[k + 6]! * bb[k + 6]!;
      oo[k + 7] = aa[k + 7]! * bb[k + 7]!;
    }
    for (; k < n; k++) oo[k] = aa[k]! * bb[k]!;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! * bb[i2 + k]!;
    oo[i0 + k + 1] = aa[i1 + k + 1]! * bb[i2 + k + 1]!;
    oo[i0 + k + 2] = aa[i1 + k + 2]! * bb[i2 + k + 2]!;
    oo[i0 + k + 3] = aa[i1 + k + 3]! * bb[i2 + k + 3]!;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! * bb[i2 + k]!;
}

function mul3B(oo: Buf, i0: number, aa: Buf, i1: number, v: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! * v;
      oo[k + 1] = aa[k + 1]! * v;
      oo[k + 2] = aa[k + 2]! * v;
      oo[k + 3] = aa[k + 3]! * v;
      oo[k + 4] = aa[k + 4]! * v;
      oo[k + 5] = aa[k + 5]! * v;
      oo[k + 6] = aa[k + 6]! * v;
      oo[k + 7] = aa[k + 7]! * v;
    }
    for (; k < n; k++) oo[k] = aa[k]! * v;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! * v;
    oo[i0 + k + 1] = aa[i1 + k + 1]! * v;
    oo[i0 + k + 2] = aa[i1 + k + 2]! * v;
    oo[i0 + k + 3] = aa[i1 + k + 3]! * v;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! * v;
}

function mul3S(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! * bb[i2]!;
}

function mul3(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  if (d0 === 1 && d1 === 1) {
    if (d2 === 1) return mul3C(oo, i0, aa, i1, bb, i2, n);
    if (d2 === 0) return mul3B(oo, i0, aa, i1, bb[i2]!, n);
  }
  mul3S(oo, i0, d0, aa, i1, d1, bb, i2, d2, n);
}

function div3C(oo: Buf, i0: number, aa: Buf, i1: number, bb: Buf, i2: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0 && i2 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! / bb[k]!;
      oo[k + 1] = aa[k + 1]! / bb[k + 1]!;
      oo[k + 2] = aa[k + 2]! / bb[k + 2]!;
      oo[k + 3] = aa[k + 3]! / bb[k + 3]!;
      oo[k + 4] = aa[k + 4]! / bb[k + 4]!;
      oo[k + 5] = aa[k + 5]! / bb[k + 5]!;
      oo[k + 6] = aa[k + 6]! / bb[k + 6]!;
      oo[k + 7] = aa[k + 7]! / bb[k + 7]!;
    }
    for (; k < n; k++) oo[k] = aa[k]! / bb[k]!;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! / bb[i2 + k]!;
    oo[i0 + k + 1] = aa[i1 + k + 1]! / bb[i2 + k + 1]!;
    oo[i0 + k + 2] = aa[i1 + k + 2]! / bb[i2 + k + 2]!;
    oo[i0 + k + 3] = aa[i1 + k + 3]! / bb[i2 + k + 3]!;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! / bb[i2 + k]!;
}

function div3B(oo: Buf, i0: number, aa: Buf, i1: number, v: number, n: number): void {
  let k = 0;
  if (i0 === 0 && i1 === 0) {
    const m8 = n - 7;
    for (; k < m8; k += 8) {
      oo[k] = aa[k]! / v;
      oo[k + 1] = aa[k + 1]! / v;
      oo[k + 2] = aa[k + 2]! / v;
      oo[k + 3] = aa[k + 3]! / v;
      oo[k + 4] = aa[k + 4]! / v;
      oo[k + 5] = aa[k + 5]! / v;
      oo[k + 6] = aa[k + 6]! / v;
      oo[k + 7] = aa[k + 7]! / v;
    }
    for (; k < n; k++) oo[k] = aa[k]! / v;
    return;
  }
  const m = n - 3;
  for (; k < m; k += 4) {
    oo[i0 + k] = aa[i1 + k]! / v;
    oo[i0 + k + 1] = aa[i1 + k + 1]! / v;
    oo[i0 + k + 2] = aa[i1 + k + 2]! / v;
    oo[i0 + k + 3] = aa[i1 + k + 3]! / v;
  }
  for (; k < n; k++) oo[i0 + k] = aa[i1 + k]! / v;
}

function div3S(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = aa[i1]! / bb[i2]!;
}

function div3(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  if (d0 === 1 && d1 === 1) {
    if (d2 === 1) return div3C(oo, i0, aa, i1, bb, i2, n);
    if (d2 === 0) return div3B(oo, i0, aa, i1, bb[i2]!, n);
  }
  div3S(oo, i0, d0, aa, i1, d1, bb, i2, d2, n);
}

function imul3(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, bb: Buf, i2: number, d2: number, n: number): void {
  for (let k = 0; k < n; k++, i0 += d0, i1 += d1, i2 += d2) oo[i0] = Math.imul(aa[i1]!, bb[i2]!);
}

function copy3(oo: Buf, i0: number, d0: number, aa: Buf, i1: number, d1: number, _bb: Buf, _i2: number, _d2: number, n: number): void {
  copyRow(oo, i0, d0, aa, i1, d1, n);
}

const BINARY_ROWS: Row3[] = [add3, sub3, mul3, div3, copy3, imul3];

/** Runs a three-operand row kernel over every innermost row of `p`. */
function run3(p: Plan, fn: Row3, oo: Buf, aa: Buf, bb: Buf): void {
  const sh = p.shape;
  const nd = sh.length;
  if (nd === 0) {
    fn(oo, p.o0, 0, aa, p.o1, 0, bb, p.o2, 0, 1);
    return;
  }
  const last = nd - 1;
  const n = sh[last]!;
  const d0 = p.s0[last]!;
  const d1 = p.s1[last]!;
  const d2 = p.s2[last]!;
  const idx = new Array<number>(last).fill(0);
  let i0 = p.o0;
  let i1 = p.o1;
  let i2 = p.o2;
  for (;;) {
    fn(oo, i0, d0, aa, i1, d1, bb, i2, d2, n);
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

/** `o[i] = a[j] op b[k]` over a plan with operands (o, a, b). */
export function binaryKernel(
  op: OpCode,
  o: NumericData,
  a: NumericData | number[],
  b: NumericData | number[],
  p: Plan,
): void {
  run3(p, BINARY_ROWS[op]!, o as Buf, a as Buf, b as Buf);
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

/**
 * Sum of the elements of a layout in memory order, by NumPy's pairwise
 * summation per innermost run (bit-for-bit NumPy for layouts that coalesce to
 * one contiguous run; other layouts may differ from NumPy in the last bits).
 */
export function sumLayout(d: NumericData, shape: readonly number[], strides: readonly number[], offset: number): number {
  const p = plan(shape, strides, offset, [], 0);
  return 0 + run2(p, sumRow, d as Buf, d as Buf); // NumPy starts from the identity 0 (so -0 sums to 0)
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

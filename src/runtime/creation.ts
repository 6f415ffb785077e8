/** Creation functions (NumPy 2 semantics; float64 by default, there is no int64). */
import { allocate, checkDType, convertFillScalar, convertScalar, describe } from "./dtype.js";
import { DTypeError, ShapeError } from "./errors.js";
import { unwrapData } from "./hooks.js";
import { sizeOf } from "./kernels.js";
import { NDArray, normShape, type DType, type NestedList } from "./ndarray.js";
import { fromNested } from "./nested.js";
import { storageOfValue } from "./storage.js";

/**
 * An array from nested JS arrays: `bool` for all-boolean input, `float64` for
 * numbers, `object` otherwise (unless `dtype` is given). An NDArray input is copied.
 * @ndalias create
 */
export function array(nested: NestedList, dtype?: DType): NDArray {
  nested = unwrapData(nested); // a traced `a.data` proxy is its buffer
  const dt = dtype === undefined ? undefined : checkDType(dtype);
  if (nested instanceof NDArray) return nested.astype(dt ?? nested.dtype);
  const f = fromNested(nested, dt);
  if (f.dtype === "object") {
    const d = f.data as unknown[];
    for (const v of d) if (v instanceof NDArray) v._check();
    for (const v of d) storageOfValue(v)?.incref(false);
  }
  return NDArray._own(f.dtype, f.shape, f.data);
}

/**
 * A new array of zeros.
 * @ndalias create
 */
export function zeros(shape: number | number[], dtype: DType = "float64"): NDArray {
  const s = normShape(shape, "zeros");
  return NDArray._own(checkDType(dtype), s);
}

/**
 * A new array of ones.
 * @ndalias create
 */
export function ones(shape: number | number[], dtype: DType = "float64"): NDArray {
  return full(shape, 1, dtype);
}

/**
 * A new array (zero-filled in this implementation).
 * @ndalias create
 */
export function empty(shape: number | number[], dtype: DType = "float64"): NDArray {
  return zeros(shape, dtype);
}

/**
 * A new array filled with `value`; the dtype defaults to bool for a boolean,
 * float64 for a number, object otherwise.
 * @ndalias create
 */
export function full(shape: number | number[], value: unknown, dtype?: DType): NDArray {
  const s = normShape(shape, "full");
  const dt: DType =
    dtype !== undefined ? checkDType(dtype) : typeof value === "boolean" ? "bool" : typeof value === "number" ? "float64" : "object";
  if (dt === "object") {
    if (value instanceof NDArray) value._check();
    const a = NDArray._own(dt, s);
    if (a.size > 0) a.fill(value);
    return a;
  }
  const v = convertFillScalar(value, dt) as number;
  const data = allocate(dt, sizeOf(s));
  if (v !== 0) (data as Float64Array).fill(v);
  return NDArray._own(dt, s, data);
}

function checkNumber(v: unknown, what: string): number {
  if (typeof v !== "number" || Number.isNaN(v) || !Number.isFinite(v)) {
    throw new DTypeError(`${what} must be a finite number; got ${describe(v)}`);
  }
  return v;
}

/**
 * Evenly spaced values in [start, stop): `arange(5)`, `arange(1, 4)`,
 * `arange(0, 1, 0.25)`; length ceil((stop - start) / step).
 * @ndalias create
 */
export function arange(start: number, stop?: number, step?: number, dtype: DType = "float64"): NDArray {
  let a = checkNumber(start, "arange start");
  let b: number;
  if (stop === undefined || stop === null) {
    b = a;
    a = 0;
  } else b = checkNumber(stop, "arange stop");
  const st = step === undefined || step === null ? 1 : checkNumber(step, "arange step");
  if (st === 0) throw new ShapeError("arange: step must not be zero (division by zero); allowed: a non-zero step");
  const dt = checkDType(dtype);
  const n = Math.max(0, Math.ceil((b - a) / st));
  const data = allocate(dt, n);
  if (dt === "object") {
    for (let i = 0; i < n; i++) (data as unknown[])[i] = a + i * st;
  } else {
    for (let i = 0; i < n; i++) (data as Float64Array)[i] = convertScalar(a + i * st, dt === "bool" ? "float64" : dt) as number;
    if (dt === "bool") for (let i = 0; i < n; i++) (data as Uint8Array)[i] = data[i] ? 1 : 0;
  }
  return NDArray._own(dt, [n], data);
}

/**
 * `num` evenly spaced values from start to stop inclusive.
 * @ndalias create
 */
export function linspace(start: number, stop: number, num = 50): NDArray {
  const a = checkNumber(start, "linspace start");
  const b = checkNumber(stop, "linspace stop");
  if (typeof num !== "number" || !Number.isInteger(num) || num < 0) {
    throw new ShapeError(`linspace: number of samples, ${describe(num)}, must be a non-negative integer`);
  }
  const data = new Float64Array(num);
  const div = num - 1;
  const step = div > 0 ? (b - a) / div : NaN;
  for (let i = 0; i < num; i++) data[i] = div > 0 ? i * step + a : a;
  if (num > 1) data[num - 1] = b;
  return NDArray._own("float64", [num], data);
}

/**
 * The n×n identity matrix.
 * @ndalias create
 */
export function eye(n: number, dtype: DType = "float64"): NDArray {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
    throw new ShapeError(`eye: n must be a non-negative integer; got ${describe(n)}`);
  }
  const dt = checkDType(dtype);
  const data = allocate(dt, n * n);
  for (let i = 0; i < n; i++) (data as Float64Array)[i * n + i] = 1;
  if (dt === "object") for (let i = 0; i < n * n; i++) (data as unknown[])[i] = i % (n + 1) === 0 ? 1 : 0;
  return NDArray._own(dt, [n, n], data);
}

/**
 * DTypes: allocation, validation, NumPy 2 type promotion and casting rules.
 *
 * Notes on NumPy 2 behaviour and where ndalias differs:
 * - There is no int64. Where NumPy 2 would promote to int64 (`int32 + uint32`,
 *   `bool array + integral number`) ndalias promotes to float64, which holds
 *   every int64 value up to 2**53 exactly.
 * - Scalars (JS numbers) are "weak" as in NEP 50: an integral number combined
 *   with an integer array keeps the array's dtype; a non-integral number (or
 *   NaN/Infinity) with an integer/bool array gives float64; with a float
 *   array it keeps the array's float dtype. An integral scalar outside the
 *   range of the integer array's dtype raises DTypeError, as NumPy 2's
 *   OverflowError ("Python integer 300 out of bounds for int8"), except in
 *   true division (computed in float64, as NumPy). JS booleans are bool.
 * - Array → array float → int conversion (`astype`, assigning an NDArray,
 *   in-place ops with array operands) truncates toward zero and wraps modulo
 *   2**bits (JS TypedArray semantics); NaN and ±Infinity become 0. NumPy 2
 *   gives the same wrapped values for int8/int16/uint8/uint16 when the value
 *   fits in int64 (e.g. 300.0 → 44 for int8), but its out-of-range float →
 *   int32/uint32 conversion is a platform-defined C cast (x86 gives
 *   -2147483648 with a "invalid value encountered in cast" warning); ndalias
 *   wraps instead.
 * - A JS number stored as a scalar into an integer array (`set`, `fill`,
 *   `assign` with a scalar or nested arrays, `array(nested, dtype)`, object
 *   elements cast to an integer dtype) is a Python scalar in NumPy 2: a
 *   non-integral value is truncated toward zero (2.5 → 2, -0.5 → 0), then the
 *   integer must be in the dtype's range, else DTypeError (NumPy's
 *   OverflowError "Python integer -1 out of bounds for uint8" for -1.5);
 *   NaN and ±Infinity raise DTypeError (NumPy: ValueError/OverflowError).
 * - `full(shape, value, dtype)` is NumPy's `copyto(empty, value, "unsafe")`:
 *   an integral value is a Python int (range-checked as above), a non-integral
 *   one is a float64 array cast (truncates and wraps: full(3, 300.5, "uint8")
 *   is 44, as NumPy); NaN/±Infinity raise DTypeError (NumPy: a platform-defined
 *   value with a RuntimeWarning).
 * - `bool` stores 0/1 in a Uint8Array; a number converts to bool as NumPy
 *   (`x != 0`, so NaN → true), a boolean as itself.
 */
import { DTypeError } from "./errors.js";
import type { Data, DType, NumericData } from "./ndarray.js";

export const DTYPES: readonly DType[] = [
  "float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool", "object",
];

type Kind = "f" | "i" | "u" | "b" | "O";

export function kindOf(dtype: DType): Kind {
  switch (dtype) {
    case "float64": case "float32": return "f";
    case "int32": case "int16": case "int8": return "i";
    case "uint32": case "uint16": case "uint8": return "u";
    case "bool": return "b";
    case "object": return "O";
  }
}

export function isIntegerDType(dtype: DType): boolean {
  const k = kindOf(dtype);
  return k === "i" || k === "u";
}

export function itemSize(dtype: DType): number {
  switch (dtype) {
    case "float64": return 8;
    case "float32": case "int32": case "uint32": return 4;
    case "int16": case "uint16": return 2;
    case "int8": case "uint8": case "bool": return 1;
    case "object": return 8;
  }
}

/** Validates a dtype name coming from user code. */
export function checkDType(dtype: unknown): DType {
  if (typeof dtype === "string" && (DTYPES as readonly string[]).includes(dtype)) return dtype as DType;
  throw new DTypeError(`unknown dtype ${JSON.stringify(dtype)}; allowed: ${DTYPES.join(", ")}`);
}

export function allocate(dtype: DType, n: number): Data {
  switch (dtype) {
    case "float64": return new Float64Array(n);
    case "float32": return new Float32Array(n);
    case "int32": return new Int32Array(n);
    case "int16": return new Int16Array(n);
    case "int8": return new Int8Array(n);
    case "uint32": return new Uint32Array(n);
    case "uint16": return new Uint16Array(n);
    case "uint8": case "bool": return new Uint8Array(n);
    case "object": {
      const a = new Array<unknown>(n);
      for (let i = 0; i < n; i++) a[i] = null;
      return a;
    }
  }
}

export function isNumericData(d: Data): d is NumericData {
  return !Array.isArray(d);
}

const RANGES: Partial<Record<DType, [number, number]>> = {
  int32: [-2147483648, 2147483647],
  int16: [-32768, 32767],
  int8: [-128, 127],
  uint32: [0, 4294967295],
  uint16: [0, 65535],
  uint8: [0, 255],
};

export function intRange(dtype: DType): [number, number] | undefined {
  return RANGES[dtype];
}

/**
 * Converts one user-supplied scalar for storage into an array of `dtype`
 * (`set`, `fill`, `assign` with a scalar, `full`, `array(nested, dtype)`).
 * Throws DTypeError for values the dtype cannot hold.
 */
export function convertScalar(value: unknown, dtype: DType): unknown {
  if (dtype === "object") return value;
  if (dtype === "bool") {
    if (typeof value === "number") return value !== 0 ? 1 : 0; // NaN → true, as NumPy
    if (typeof value === "boolean" || typeof value === "bigint") return value ? 1 : 0;
    throw new DTypeError(`cannot store ${describe(value)} in a bool array; allowed: boolean or number`);
  }
  let v: number;
  if (typeof value === "number") v = value;
  else if (typeof value === "boolean") v = value ? 1 : 0;
  else if (typeof value === "bigint") v = Number(value);
  else throw new DTypeError(`cannot store ${describe(value)} in a ${dtype} array; allowed: number or boolean`);
  const r = RANGES[dtype];
  if (r !== undefined) {
    if (!Number.isFinite(v)) {
      throw new DTypeError(`cannot convert ${v} to integer dtype ${dtype}; allowed: finite numbers in ${r[0]}..${r[1]}`);
    }
    // NumPy 2: a Python float is truncated to a Python int, which must fit the dtype.
    const t = Math.trunc(v);
    if (t < r[0] || t > r[1]) {
      throw new DTypeError(
        t === v
          ? `integer ${v} out of bounds for ${dtype}; allowed: ${r[0]}..${r[1]}`
          : `${v} (truncated to integer ${t}) out of bounds for ${dtype}; allowed: ${r[0]}..${r[1]} after truncation`,
      );
    }
    return t === 0 ? 0 : t; // no -0 from truncating -0.5
  }
  return v;
}

/**
 * The value `full(shape, value, dtype)` stores: NumPy's `copyto(.., casting="unsafe")`
 * of a Python scalar. Integral numbers (Python ints) are range-checked as in
 * `convertScalar`; a non-integral number is cast like a float64 array element
 * (truncated and wrapped by the TypedArray store).
 */
export function convertFillScalar(value: unknown, dtype: DType): unknown {
  if (typeof value === "number" && RANGES[dtype] !== undefined && Number.isFinite(value) && !Number.isInteger(value)) {
    return value;
  }
  return convertScalar(value, dtype);
}

/**
 * One element of an array of dtype `from` converted for storage into `to`
 * (array cast semantics: numeric → integer truncates and wraps; object
 * elements are Python scalars and follow `convertScalar`).
 */
export function castElement(value: unknown, from: DType, to: DType): unknown {
  if (to === "object") return from === "bool" ? value === true || value === 1 : value;
  if (from === "object") return convertScalar(value, to);
  const v = Number(value); // bool elements read as true/false
  if (to === "bool") return v !== 0 ? 1 : 0; // NaN → true, as NumPy
  return v;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return "an array";
  return `a value of type ${typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value}`;
}

const NUMERIC_ORDER: DType[] = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool"];
// NumPy 2 np.promote_types over NUMERIC_ORDER × NUMERIC_ORDER, with int64 replaced by float64.
const PROMOTE: string[][] = [
  ["float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64"],
  ["float64", "float32", "float64", "float32", "float32", "float64", "float32", "float32", "float32"],
  ["float64", "float64", "int32", "int32", "int32", "float64", "int32", "int32", "int32"],
  ["float64", "float32", "int32", "int16", "int16", "float64", "int32", "int16", "int16"],
  ["float64", "float32", "int32", "int16", "int8", "float64", "int32", "int16", "int8"],
  ["float64", "float64", "float64", "float64", "float64", "uint32", "uint32", "uint32", "uint32"],
  ["float64", "float32", "int32", "int32", "int32", "uint32", "uint16", "uint16", "uint16"],
  ["float64", "float32", "int32", "int16", "int16", "uint32", "uint16", "uint8", "uint8"],
  ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool"],
];

/** NumPy 2 `promote_types` for two array dtypes (int64 → float64). */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === "object" || b === "object") return "object";
  return PROMOTE[NUMERIC_ORDER.indexOf(a)]![NUMERIC_ORDER.indexOf(b)] as DType;
}

/**
 * NEP 50 promotion of an array dtype with a weak JS-number scalar. With
 * `forDivision`, an integral scalar is not range-checked (NumPy's true
 * division computes in float64 and never casts the scalar to the array's dtype).
 */
export function promoteWithScalar(a: DType, scalar: number, forDivision = false): DType {
  if (a === "object") return "object";
  const integral = Number.isInteger(scalar);
  const k = kindOf(a);
  if (k === "f") return a;
  if (!integral) return "float64";
  if (k === "b") return "float64"; // NumPy: int64
  if (forDivision) return "float64";
  const r = RANGES[a]!;
  if (scalar < r[0] || scalar > r[1]) {
    throw new DTypeError(`integer ${scalar} out of bounds for ${a}; allowed: ${r[0]}..${r[1]}`);
  }
  return a;
}

/** NumPy `can_cast(from, to, "same_kind")`. */
export function canCastSameKind(from: DType, to: DType): boolean {
  if (from === to || to === "object") return true;
  if (from === "object") return false;
  const kf = kindOf(from);
  const kt = kindOf(to);
  if (kt === "f") return true;
  if (kt === "i") return kf === "i" || kf === "u" || kf === "b";
  if (kt === "u") return kf === "u" || kf === "b";
  return kf === "b"; // to bool
}

/** Result dtype of true division. */
export function divResultType(t: DType): DType {
  if (t === "object") return "object";
  return kindOf(t) === "f" ? t : "float64";
}

/** Conversion of nested JS arrays into flat data (shape inference, dtype inference, ragged check). */
import { allocate, convertScalar } from "./dtype.js";
import { ShapeError } from "./errors.js";
import { fmtShape } from "./kernels.js";
import type { Data, DType } from "./ndarray.js";

function isSeq(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** Shape of a nested sequence (following first elements), then checked for raggedness while flattening. */
export function fromNested(nested: unknown, dtype?: DType): { shape: number[]; dtype: DType; data: Data } {
  const shape: number[] = [];
  let cur: unknown = nested;
  while (isSeq(cur)) {
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  if (dtype === "object") {
    // NumPy with dtype=object: a ragged input becomes an array of the deepest consistent shape.
    const fits = (v: unknown, depth: number): boolean => {
      if (depth === shape.length) return true;
      if (!isSeq(v) || v.length !== shape[depth]) return false;
      for (let i = 0; i < v.length; i++) if (!fits(v[i], depth + 1)) return false;
      return true;
    };
    while (shape.length > 0 && !fits(nested, 0)) shape.pop();
  }
  const leaves: unknown[] = [];
  const walk = (v: unknown, depth: number, path: number[]): void => {
    if (depth === shape.length) {
      if (isSeq(v) && dtype !== "object") {
        throw new ShapeError(
          `ragged nested sequence: the detected shape was ${fmtShape(shape)} but the element at [${path.join(",")}] is a sequence; ` +
            `allowed: nested arrays of equal lengths`,
        );
      }
      leaves.push(v);
      return;
    }
    if (!isSeq(v) || v.length !== shape[depth]) {
      throw new ShapeError(
        `ragged nested sequence: the detected shape was ${fmtShape(shape)} but the element at [${path.join(",")}] ` +
          `${isSeq(v) ? `has length ${v.length}` : "is not a sequence"}; allowed: nested arrays of equal lengths`,
      );
    }
    for (let i = 0; i < v.length; i++) walk(v[i], depth + 1, [...path, i]);
  };
  walk(nested, 0, []);
  let dt: DType;
  if (dtype !== undefined) dt = dtype;
  else if (leaves.length > 0 && leaves.every((x) => typeof x === "boolean")) dt = "bool";
  else if (leaves.every((x) => typeof x === "number" || typeof x === "boolean")) dt = "float64";
  else dt = "object";
  const data = allocate(dt, leaves.length);
  if (dt === "object") {
    const d = data as unknown[];
    for (let i = 0; i < leaves.length; i++) d[i] = leaves[i];
  } else {
    const d = data as Float64Array;
    for (let i = 0; i < leaves.length; i++) {
      const v = leaves[i];
      d[i] = convertScalar(v, dt) as number;
    }
  }
  return { shape, dtype: dt, data };
}

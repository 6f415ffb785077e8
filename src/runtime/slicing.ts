/** NumPy basic indexing: parsing slice specs and applying them to a layout. */
import { IndexError } from "./errors.js";

export type IndexItem =
  | { kind: "int"; value: number }
  | { kind: "slice"; start: number | undefined; stop: number | undefined; step: number | undefined }
  | { kind: "newaxis" }
  | { kind: "ellipsis" };

const INT_RE = /^[+-]?\d+$/;

function parseInt10(text: string, whole: string): number | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (!INT_RE.test(t)) {
    throw new IndexError(
      `invalid slice spec ${JSON.stringify(whole)}: ${JSON.stringify(t)} is not an integer; ` +
        `allowed: integers, slices "start:stop:step", "...", "None"/"newaxis"`,
    );
  }
  return Number(t);
}

function parseText(text: string, out: IndexItem[]): void {
  let parts = text.split(",");
  // NumPy accepts one trailing comma (`a[1,]`).
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === "") parts = parts.slice(0, -1);
  for (const raw of parts) {
    const p = raw.trim();
    if (p === "...") out.push({ kind: "ellipsis" });
    else if (p === "None" || p === "newaxis" || p === "np.newaxis") out.push({ kind: "newaxis" });
    else if (p.includes(":")) {
      const f = p.split(":");
      if (f.length > 3) {
        throw new IndexError(
          `invalid slice spec ${JSON.stringify(text)}: ${JSON.stringify(p)} has more than two ':'; allowed: "start:stop:step"`,
        );
      }
      out.push({
        kind: "slice",
        start: parseInt10(f[0]!, text),
        stop: parseInt10(f[1]!, text),
        step: f.length === 3 ? parseInt10(f[2]!, text) : undefined,
      });
    } else if (p === "") {
      throw new IndexError(
        `invalid slice spec ${JSON.stringify(text)}: empty index; allowed: integers, slices "start:stop:step", "...", "None"/"newaxis"`,
      );
    } else {
      out.push({ kind: "int", value: parseInt10(p, text)! });
    }
  }
}

/** Turns the user's spec arguments into index items. */
export function parseSpecs(specs: readonly unknown[]): IndexItem[] {
  const out: IndexItem[] = [];
  for (const s of specs) {
    if (s === null) out.push({ kind: "newaxis" });
    else if (typeof s === "number") {
      if (!Number.isInteger(s)) {
        throw new IndexError(
          `only integers, slices (":"), ellipsis ("..."), and None are valid indices; got ${s}`,
        );
      }
      out.push({ kind: "int", value: s });
    } else if (typeof s === "string") parseText(s, out);
    else {
      throw new IndexError(
        `invalid slice spec ${typeof s === "object" ? JSON.stringify(s) : String(s)}; allowed: a string in NumPy syntax, an integer, or null`,
      );
    }
  }
  return out;
}

export interface MutableLayout {
  shape: number[];
  strides: number[];
  offset: number;
}

/** NumPy's PySlice_AdjustIndices: resolves a slice against an axis of length `len`. */
export function resolveSlice(
  start: number | undefined,
  stop: number | undefined,
  step: number | undefined,
  len: number,
): { start: number; step: number; length: number } {
  const st = step ?? 1;
  if (st === 0) throw new IndexError("slice step cannot be zero");
  let a: number;
  let b: number;
  if (start === undefined) a = st < 0 ? len - 1 : 0;
  else {
    a = start;
    if (a < 0) {
      a += len;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) a = st < 0 ? len - 1 : len;
  }
  if (stop === undefined) b = st < 0 ? -1 : len;
  else {
    b = stop;
    if (b < 0) {
      b += len;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) b = st < 0 ? len - 1 : len;
  }
  let length = 0;
  if (st < 0) {
    if (b < a) length = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) length = Math.floor((b - a - 1) / st) + 1;
  return { start: a, step: st, length };
}

/** Applies basic indexing to a layout (strides in elements); validates everything first. */
export function applyIndex(
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
  items: readonly IndexItem[],
): MutableLayout {
  let ell = -1;
  let consumed = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === "ellipsis") {
      if (ell >= 0) throw new IndexError("an index can only have a single ellipsis ('...')");
      ell = i;
    } else if (it.kind === "int" || it.kind === "slice") consumed++;
  }
  const nd = shape.length;
  if (consumed > nd) {
    throw new IndexError(
      `too many indices for array: array is ${nd}-dimensional, but ${consumed} were indexed`,
    );
  }
  const full: IndexItem[] = [];
  const fill = (): void => {
    for (let k = 0; k < nd - consumed; k++) full.push({ kind: "slice", start: undefined, stop: undefined, step: undefined });
  };
  for (let i = 0; i < items.length; i++) {
    if (i === ell) fill();
    else full.push(items[i]!);
  }
  if (ell < 0) fill();
  const outShape: number[] = [];
  const outStrides: number[] = [];
  let off = offset;
  let axis = 0;
  for (const it of full) {
    if (it.kind === "newaxis") {
      outShape.push(1);
      outStrides.push(0);
    } else if (it.kind === "int") {
      const len = shape[axis]!;
      let v = it.value;
      if (v < -len || v >= len) {
        throw new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${len}`);
      }
      if (v < 0) v += len;
      off += v * strides[axis]!;
      axis++;
    } else if (it.kind === "slice") {
      const len = shape[axis]!;
      const r = resolveSlice(it.start, it.stop, it.step, len);
      if (r.length > 0) off += r.start * strides[axis]!;
      outShape.push(r.length);
      outStrides.push(r.step * strides[axis]!);
      axis++;
    }
  }
  return { shape: outShape, strides: outStrides, offset: off };
}

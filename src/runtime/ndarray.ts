/**
 * The NDArray: a handle (owner or view) on a refcounted Storage, with
 * NumPy 2's view/copy semantics. Strides and offsets are in elements.
 *
 * Effect tags (read by `src/analysis/effects.ts` through the type checker; see
 * docs/effects.md). One or more `@ndalias` tags per declaration, one per line:
 *   @ndalias read            observes the values of `this` (default for untagged methods)
 *   @ndalias inspect         looks at metadata only (shape, strides, flags), not values
 *   @ndalias view            returns a view of `this` (shares memory)
 *   @ndalias view readonly   returns a read-only view of `this`
 *   @ndalias maybe-view      returns a view when the layout allows, else a copy
 *   @ndalias copy            returns new memory computed from `this`
 *   @ndalias create          returns new memory not derived from any array
 *   @ndalias write this      writes `this` in place and returns `this`
 *   @ndalias stores value    may keep a reference to parameter `value` (object dtype)
 *   @ndalias data            the raw backing buffer of `this`; element writes through it write `this`
 *   @ndalias dispose         releases `this`
 * On functions, the target may name a parameter: `@ndalias write x`,
 * `@ndalias view x` (returns a view of `x`), `@ndalias returns x`.
 */
import {
  allocate, canCastSameKind, castElement, checkDType, convertScalar, describe, divResultType, isIntegerDType,
  kindOf, promoteTypes, promoteWithScalar,
} from "./dtype.js";
import { DTypeError, DisposedError, IndexError, ReadOnlyError, ShapeError } from "./errors.js";
import { READS_OLD, SAME_OP, hooks, unwrapData } from "./hooks.js";
import {
  broadcastShapes, broadcastStrides, cStrides, fmtShape, forEachIndexC, indicesC, isCContiguous,
  isFContiguous, iterOrderStrides, keepOrderStrides, plan, sizeOf, type Lay,
} from "./kernels.js";
import { fromNested } from "./nested.js";
import {
  ADD, COPY, DIV, IMUL32, MUL, SUB, binaryKernel, extremeLayout, genericBinary, inplaceKernel, sumLayout,
  type OpCode,
} from "./ops.js";
import { layoutsOverlap } from "./overlap.js";
import { applyIndex, parseSpecs } from "./slicing.js";
import {
  Storage, handleStorage, newHandleId, registerHandle, storageOfValue, unregisterHandle,
} from "./storage.js";

// `using` and `[Symbol.dispose]` need Symbol.dispose (Node >= 20.4 has it; polyfill otherwise).
if (typeof (Symbol as { dispose?: symbol }).dispose !== "symbol") {
  Object.defineProperty(Symbol, "dispose", { value: Symbol.for("nodejs.dispose") });
}

export type DType =
  | "float64" | "float32" | "int32" | "int16" | "int8"
  | "uint32" | "uint16" | "uint8" | "bool" | "object";

export type NumericData =
  | Float64Array | Float32Array | Int32Array | Int16Array | Int8Array
  | Uint32Array | Uint16Array | Uint8Array;

/** The backing buffer: a TypedArray (bool is a Uint8Array of 0/1), or a JS array for `object`. */
export type Data = NumericData | unknown[];

/** Nested JS arrays of scalars (or, for object dtype, any values). */
export type NestedList = unknown;

/** One slice spec: NumPy syntax string (`"1:3"`, `"::2, 1"`, `"..., -1"`), an integer, or `null` (new axis). */
export type SliceSpec = string | number | null;

export interface Flags {
  readonly writeable: boolean;
  readonly ownData: boolean;
  readonly cContiguous: boolean;
  readonly fContiguous: boolean;
}

type OpName = "add" | "subtract" | "multiply" | "divide";
const OP_NAMES: Record<number, OpName> = { [ADD]: "add", [SUB]: "subtract", [MUL]: "multiply", [DIV]: "divide" };

function jsOp(op: OpCode, x: unknown, y: unknown): unknown {
  if (storageOfValue(x) !== undefined) {
    const a = x as NDArray;
    const b = y as NDArray | number;
    return op === ADD ? a.add(b) : op === SUB ? a.sub(b) : op === MUL ? a.mul(b) : a.div(b);
  }
  if ((typeof x === "number" || typeof x === "boolean") && (typeof y === "number" || typeof y === "boolean")) {
    const a = Number(x);
    const b = Number(y);
    return op === ADD ? a + b : op === SUB ? a - b : op === MUL ? a * b : a / b;
  }
  if (op === ADD && typeof x === "string" && typeof y === "string") return x + y;
  throw new DTypeError(
    `unsupported operand types for ${OP_NAMES[op]}: ${describe(x)} and ${describe(y)}; allowed: numbers, booleans or NDArrays`,
  );
}

/** Reads element `i` of `d` as a JS value of `dtype` (bool → boolean). */
function readValue(d: Data, i: number, dtype: DType): unknown {
  const v = d[i];
  return dtype === "bool" ? v !== 0 : v;
}

/**
 * An n-dimensional array with NumPy's view/copy semantics. Create one with
 * `array`, `zeros`, `ones`, `empty`, `full`, `arange`, `linspace` or `eye`;
 * the constructor is internal.
 * @ndalias ndarray
 */
export class NDArray {
  /** @ndalias inspect */
  readonly shape: number[];
  /** @ndalias inspect */
  readonly strides: number[];
  /** @ndalias inspect */
  readonly offset: number;
  /** @ndalias inspect */
  readonly dtype: DType;
  /** @internal The refcounted memory behind this handle. */
  readonly storage: Storage;
  /** @internal Identifies this handle in traces. */
  readonly handleId: number;
  /** @internal */
  readonly _base: NDArray | null;
  /** @internal */
  readonly _writeable: boolean;
  /** @internal */
  _disposed = false;

  /** @internal Use the creation functions. Takes one reference on `storage`. */
  constructor(
    storage: Storage,
    shape: number[],
    strides: number[],
    offset: number,
    base: NDArray | null,
    writeable: boolean,
  ) {
    this.storage = storage;
    // frozen: a handle's layout never changes (views are new handles)
    this.shape = Object.freeze(shape) as number[];
    this.strides = Object.freeze(strides) as number[];
    this.offset = offset;
    this.dtype = storage.dtype;
    this._base = base;
    this._writeable = writeable;
    this.handleId = newHandleId();
    handleStorage.set(this, storage);
    storage.incref(true);
    registerHandle(this, storage, this.handleId);
    const t = hooks.tracer;
    if (t !== null) t.handleCreated(this);
  }

  /**
   * @internal A new owner array on fresh storage (C order unless `strides` are given). `flags`:
   * for the tracer's `storageCreated` (`SAME_OP` when the operation's read hooks ran just before).
   */
  static _own(dtype: DType, shape: number[], data?: Data, strides?: number[], flags = 0): NDArray {
    const st = data === undefined ? Storage.allocate(dtype, sizeOf(shape)) : new Storage(dtype, data, flags);
    return new NDArray(st, shape, strides ?? cStrides(shape), 0, null, true);
  }

  // ---------------------------------------------------------------- checks

  /** @internal Throws DisposedError when this handle or its storage is gone. */
  _check(): void {
    if (this._disposed || this.storage.released) {
      throw new DisposedError(
        `array (handle ${this.handleId}, shape ${fmtShape(this.shape)}, dtype ${this.dtype}) was ` +
          `${this._disposed ? "disposed" : "released by collect()"}; allowed: arrays not yet disposed`,
      );
    }
  }

  /** @internal */
  _checkWritable(what: string): void {
    this._check();
    if (!this._writeable) {
      throw new ReadOnlyError(
        `${what}: assignment destination is read-only (a view made by diagonal() or broadcastTo(), or a view of one); allowed: writeable arrays`,
      );
    }
  }

  /** @internal */
  get _layout(): Lay {
    return { shape: this.shape, strides: this.strides, offset: this.offset };
  }

  // ---------------------------------------------------------------- attributes

  /** @ndalias inspect */
  get ndim(): number {
    return this.shape.length;
  }

  /** @ndalias inspect */
  get size(): number {
    return sizeOf(this.shape);
  }

  /** @ndalias inspect */
  get flags(): Flags {
    this._check();
    return {
      writeable: this._writeable,
      ownData: this._base === null,
      cContiguous: isCContiguous(this.shape, this.strides),
      fContiguous: isFContiguous(this.shape, this.strides),
    };
  }

  /**
   * The array that owns the memory, or `null` for an owner.
   * @ndalias view
   */
  get base(): NDArray | null {
    this._check();
    return this._base;
  }

  /**
   * The backing buffer, indexed with `offset` and `strides`.
   * @ndalias data
   */
  get data(): Data {
    this._check();
    const d = this.storage.data;
    const t = hooks.tracer;
    if (t !== null && t.wrapData !== undefined) return t.wrapData(this, d) ?? d;
    return d;
  }

  // ---------------------------------------------------------------- reads

  /** @internal Storage index of a full integer index (validated). */
  _elementIndex(index: readonly number[], what: string): number {
    const nd = this.shape.length;
    if (index.length !== nd) {
      throw new IndexError(
        `${what} needs ${nd} ${nd === 1 ? "index" : "indices"} for a ${nd}-dimensional array, got ${index.length} (${JSON.stringify(index)})`,
      );
    }
    let p = this.offset;
    for (let k = 0; k < nd; k++) {
      let v = index[k]!;
      const len = this.shape[k]!;
      if (typeof v !== "number" || !Number.isInteger(v)) {
        throw new IndexError(`only integers are valid indices; got ${describe(v)} for axis ${k}`);
      }
      if (v < -len || v >= len) throw new IndexError(`index ${v} is out of bounds for axis ${k} with size ${len}`);
      if (v < 0) v += len;
      p += v * this.strides[k]!;
    }
    return p;
  }

  /**
   * The element at a full index (negative indices count from the end).
   * @ndalias read
   */
  get(...index: number[]): any {
    this._check();
    const idx = index.length === 1 && Array.isArray(index[0]) ? (index[0] as number[]) : index;
    const p = this._elementIndex(idx, "get()");
    const t = hooks.tracer;
    if (t !== null) t.read(this, p);
    return readValue(this.storage.data, p, this.dtype);
  }

  /**
   * The values as nested JS arrays (bool → boolean).
   * @ndalias read
   */
  tolist(): NestedList {
    this._check();
    const t = hooks.tracer;
    if (t !== null) t.read(this, this._layout);
    const d = this.storage.data;
    const dt = this.dtype;
    const rec = (axis: number, off: number): unknown => {
      if (axis === this.shape.length) return readValue(d, off, dt);
      const n = this.shape[axis]!;
      const s = this.strides[axis]!;
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) out[i] = rec(axis + 1, off + i * s);
      return out;
    };
    return rec(0, this.offset);
  }

  /** @internal Element values in C order (object arrays). */
  _valuesC(): unknown[] {
    const d = this.storage.data;
    const out: unknown[] = [];
    forEachIndexC(this._layout, (i) => {
      out.push(readValue(d, i, this.dtype));
    });
    return out;
  }

  /**
   * Sum of all elements (0 for an empty array).
   * @ndalias read
   */
  sum(): number {
    this._check();
    const t = hooks.tracer;
    if (t !== null) t.read(this, this._layout);
    if (this.dtype === "object") {
      let acc: unknown = 0;
      for (const v of this._valuesC()) acc = jsOp(ADD, acc, v);
      return acc as number;
    }
    if (this.size === 0) return 0;
    return sumLayout(this.storage.data as NumericData, this.shape, this.strides, this.offset);
  }

  /**
   * Arithmetic mean (NaN for an empty array, as NumPy).
   * @ndalias read
   */
  mean(): number {
    const s = this.sum();
    return this.size === 0 ? NaN : s / this.size;
  }

  private _extreme(wantMax: boolean): number {
    this._check();
    const name = wantMax ? "maximum" : "minimum";
    if (this.size === 0) {
      throw new ShapeError(
        `zero-size array to reduction operation ${name} which has no identity (shape ${fmtShape(this.shape)}); allowed: non-empty arrays`,
      );
    }
    const t = hooks.tracer;
    if (t !== null) t.read(this, this._layout);
    if (this.dtype === "object") {
      let acc: number | undefined;
      for (const v of this._valuesC()) {
        if (typeof v !== "number" && typeof v !== "boolean") {
          throw new DTypeError(`${name} of an object array needs numbers; got ${describe(v)}`);
        }
        const x = Number(v);
        if (acc === undefined || x !== x || (wantMax ? x > acc : x < acc)) acc = x;
        if (acc !== acc) break;
      }
      return acc!;
    }
    return extremeLayout(this.storage.data as NumericData, this.shape, this.strides, this.offset, wantMax);
  }

  /**
   * Smallest element (NaN if any is NaN); ShapeError for an empty array.
   * @ndalias read
   */
  min(): number {
    return this._extreme(false);
  }

  /**
   * Largest element (NaN if any is NaN); ShapeError for an empty array.
   * @ndalias read
   */
  max(): number {
    return this._extreme(true);
  }

  // ---------------------------------------------------------------- views

  /** @internal A user-visible view of this array's memory. */
  _view(shape: number[], strides: number[], offset: number, writeable = this._writeable): NDArray {
    return new NDArray(this.storage, shape, strides, offset, this._base ?? this, writeable);
  }

  /** @internal Layout selected by slice specs (validated, no handle made). */
  _select(specs: readonly unknown[]): Lay {
    return applyIndex(this.shape, this.strides, this.offset, parseSpecs(specs));
  }

  /**
   * Basic indexing in NumPy syntax: `a.slice("1:3")`, `a.slice("::2, 1")`,
   * `a.slice(":", 1)`, `a.slice("..., None")`.
   * @ndalias view
   */
  slice(...specs: SliceSpec[]): NDArray {
    this._check();
    const l = this._select(specs);
    return this._view(l.shape as number[], l.strides as number[], l.offset);
  }

  /**
   * The transpose (axes reversed).
   * @ndalias view
   */
  get T(): NDArray {
    return this.transpose();
  }

  /** @internal */
  _axis(axis: number, ndim = this.shape.length): number {
    if (typeof axis !== "number" || !Number.isInteger(axis) || axis < -ndim || axis >= ndim) {
      throw new IndexError(`axis ${describe(axis)} is out of bounds for array of dimension ${ndim}`);
    }
    return axis < 0 ? axis + ndim : axis;
  }

  /**
   * Permutes the axes (reverses them when none are given).
   * @ndalias view
   */
  transpose(...axes: number[]): NDArray {
    this._check();
    const nd = this.shape.length;
    const ax = axes.length === 1 && Array.isArray(axes[0]) ? (axes[0] as number[]) : axes;
    let perm: number[];
    if (ax.length === 0) perm = this.shape.map((_, i) => nd - 1 - i);
    else {
      if (ax.length !== nd) {
        throw new ShapeError(`axes don't match array: got ${ax.length} axes (${ax.join(",")}) for a ${nd}-dimensional array`);
      }
      perm = ax.map((a) => this._axis(a));
      const seen = new Set(perm);
      if (seen.size !== nd) throw new ShapeError(`repeated axis in transpose: (${ax.join(",")}); allowed: a permutation of 0..${nd - 1}`);
    }
    return this._view(perm.map((p) => this.shape[p]!), perm.map((p) => this.strides[p]!), this.offset);
  }

  /**
   * Interchanges two axes.
   * @ndalias view
   */
  swapaxes(axis1: number, axis2: number): NDArray {
    this._check();
    const a = this._axis(axis1);
    const b = this._axis(axis2);
    const shape = this.shape.slice();
    const strides = this.strides.slice();
    shape[a] = this.shape[b]!;
    shape[b] = this.shape[a]!;
    strides[a] = this.strides[b]!;
    strides[b] = this.strides[a]!;
    return this._view(shape, strides, this.offset);
  }

  /**
   * Reverses the order of elements along `axis` (all axes when omitted).
   * @ndalias view
   */
  flip(axis?: number): NDArray {
    this._check();
    const axes = axis === undefined ? this.shape.map((_, i) => i) : [this._axis(axis)];
    const strides = this.strides.slice();
    let off = this.offset;
    for (const a of axes) {
      const n = this.shape[a]!;
      if (n > 0) off += (n - 1) * strides[a]!;
      strides[a] = -strides[a]!;
    }
    return this._view(this.shape.slice(), strides, off);
  }

  /**
   * Removes axes of length one.
   * @ndalias view
   */
  squeeze(): NDArray {
    this._check();
    const shape: number[] = [];
    const strides: number[] = [];
    for (let i = 0; i < this.shape.length; i++) {
      if (this.shape[i] !== 1) {
        shape.push(this.shape[i]!);
        strides.push(this.strides[i]!);
      }
    }
    return this._view(shape, strides, this.offset);
  }

  /**
   * Inserts an axis of length one at `axis`.
   * @ndalias view
   */
  expandDims(axis: number): NDArray {
    this._check();
    const a = this._axis(axis, this.shape.length + 1);
    const shape = this.shape.slice();
    shape.splice(a, 0, 1);
    // NumPy's expand_dims is a reshape, which never needs a copy here; use its strides.
    let strides = isCContiguous(this.shape, this.strides)
      ? cStrides(shape)
      : attemptNoCopyReshape(this.shape, this.strides, shape);
    if (strides === null) {
      strides = this.strides.slice();
      strides.splice(a, 0, 0);
    }
    return this._view(shape, strides, this.offset);
  }

  /**
   * A new handle on the same memory.
   * @ndalias view
   */
  view(): NDArray {
    this._check();
    return this._view(this.shape.slice(), this.strides.slice(), this.offset);
  }

  /**
   * The diagonal of axes 0 and 1, as a read-only view (moved to the last axis, as NumPy).
   * @ndalias view readonly
   */
  diagonal(): NDArray {
    this._check();
    if (this.shape.length < 2) {
      throw new ShapeError(`diag requires an array of at least two dimensions; got shape ${fmtShape(this.shape)}`);
    }
    const n = Math.min(this.shape[0]!, this.shape[1]!);
    const shape = [...this.shape.slice(2), n];
    const strides = [...this.strides.slice(2), this.strides[0]! + this.strides[1]!];
    return this._view(shape, strides, this.offset, false);
  }

  /**
   * A read-only view broadcast to `shape` (zero strides on stretched axes).
   * @ndalias view readonly
   */
  broadcastTo(shape: number | number[]): NDArray {
    this._check();
    const target = normShape(shape, "broadcastTo");
    const st = broadcastStrides(this._layout, target);
    if (st === null) {
      throw new ShapeError(`cannot broadcast array of shape ${fmtShape(this.shape)} to shape ${fmtShape(target)}`);
    }
    return this._view(target, st, this.offset, false);
  }

  /**
   * Gives a new shape; a view when NumPy's would be (C order), else a copy.
   * Accepts `reshape(3, 4)`, `reshape([3, 4])` and one `-1`.
   * @ndalias maybe-view
   */
  reshape(...shape: (number | number[])[]): NDArray {
    this._check();
    const spec: number[] = shape.length === 1 && Array.isArray(shape[0]) ? shape[0] : (shape as number[]);
    const target = resolveReshape(this.size, spec);
    // NumPy's quick check compares the shape as given (before resolving -1): same shape → a plain view.
    if (spec.length === this.shape.length && spec.every((v, i) => v === this.shape[i])) {
      return this._view(this.shape.slice(), this.strides.slice(), this.offset);
    }
    if (isCContiguous(this.shape, this.strides)) {
      return this._view(target, cStrides(target), this.offset);
    }
    const st = attemptNoCopyReshape(this.shape, this.strides, target);
    if (st !== null) return this._view(target, st, this.offset);
    const c = this._copyC(this.dtype);
    return NDArray._own(this.dtype, target, c);
  }

  /**
   * The elements as a 1-D array: a view when C-contiguous, else a copy (as NumPy).
   * @ndalias maybe-view
   */
  ravel(): NDArray {
    this._check();
    if (isCContiguous(this.shape, this.strides)) return this._view([this.size], [1], this.offset);
    return this.flatten();
  }

  // ---------------------------------------------------------------- copies

  /** @internal A fresh C-ordered buffer of this array's values converted to `dtype` (retains object references). */
  _copyC(dtype: DType): Data {
    return this._copyTo(dtype, cStrides(this.shape));
  }

  /** @internal A fresh buffer of this array's values converted to `dtype`, laid out with contiguous `strides`. */
  _copyTo(dtype: DType, strides: readonly number[]): Data {
    const n = this.size;
    const t = hooks.tracer;
    if (t !== null) t.read(this, this._layout);
    const out = allocate(dtype, n);
    copyInto(out, { shape: this.shape, strides, offset: 0 }, dtype, this.storage.data, this._layout, this.dtype);
    return out;
  }

  /**
   * A C-contiguous copy.
   * @ndalias copy
   */
  copy(): NDArray {
    this._check();
    return NDArray._own(this.dtype, this.shape.slice(), this._copyC(this.dtype));
  }

  /**
   * A 1-D copy in C order.
   * @ndalias copy
   */
  flatten(): NDArray {
    this._check();
    return NDArray._own(this.dtype, [this.size], this._copyC(this.dtype));
  }

  /**
   * A copy converted to `dtype` (always copies; float → int truncates and wraps).
   * @ndalias copy
   */
  astype(dtype: DType): NDArray {
    this._check();
    const dt = checkDType(dtype);
    // NumPy's default order "K": the copy keeps this array's memory layout (x.T.astype(..) is F-ordered).
    const strides = keepOrderStrides(this.shape, this.strides);
    return NDArray._own(dt, this.shape.slice(), this._copyTo(dt, strides), strides);
  }

  /**
   * Fancy indexing: the elements at `indices` along `axis` (of the flattened array without `axis`).
   * @ndalias copy
   */
  take(indices: number[] | NDArray, axis?: number): NDArray {
    this._check();
    let idx: number[];
    let idxShape: number[];
    if (indices instanceof NDArray) {
      indices._check();
      const vals = indices._valuesC();
      idx = vals.map((v) => (typeof v === "boolean" ? Number(v) : (v as number)));
      idxShape = indices.shape.slice();
      const t = hooks.tracer;
      if (t !== null) t.read(indices, indices._layout);
    } else if (Array.isArray(indices)) {
      idx = indices;
      idxShape = [indices.length];
    } else {
      throw new IndexError(`take() indices must be an array of integers or an NDArray; got ${describe(indices)}`);
    }
    if (axis === undefined) {
      // the flattened array: C-order positions
      const pos = indicesC(this._layout);
      const resolved = resolveTakeIndices(idx, pos.length, 0, idx.length > 0, true);
      const t = hooks.tracer;
      if (t !== null) t.read(this, this._layout);
      const out = allocate(this.dtype, resolved.length);
      const d = this.storage.data;
      for (let i = 0; i < resolved.length; i++) (out as unknown[])[i] = d[pos[resolved[i]!]!];
      if (this.dtype === "object") retainAll(out as unknown[]);
      return NDArray._own(this.dtype, idxShape, out);
    }
    // NumPy's take treats a 0-d array as a 1-d array of length 1 (axis 0 or -1).
    const shape = this.shape.length === 0 ? [1] : this.shape;
    const strides = this.shape.length === 0 ? [0] : this.strides;
    const ax = this._axis(axis, shape.length);
    const len = shape[ax]!;
    const stride = strides[ax]!;
    const outer: Lay = { shape: shape.slice(0, ax), strides: strides.slice(0, ax), offset: this.offset };
    const inner: Lay = { shape: shape.slice(ax + 1), strides: strides.slice(ax + 1), offset: 0 };
    const outShape = [...outer.shape, ...idxShape, ...inner.shape];
    // NumPy checks the bounds per outer position: with no outer position (an empty
    // outer axis) nothing is taken and out-of-range indices are not an error.
    const resolved = resolveTakeIndices(idx, len, ax, sizeOf(outShape) > 0, sizeOf(outer.shape) > 0);
    const outerPos = indicesC(outer);
    const innerPos = indicesC(inner);
    const t = hooks.tracer;
    if (t !== null) t.read(this, this._layout);
    const out = allocate(this.dtype, sizeOf(outShape));
    const d = this.storage.data;
    let j = 0;
    for (let a = 0; a < outerPos.length; a++) {
      for (let b = 0; b < resolved.length; b++) {
        const base = outerPos[a]! + resolved[b]! * stride;
        for (let c = 0; c < innerPos.length; c++) (out as unknown[])[j++] = d[base + innerPos[c]!];
      }
    }
    if (this.dtype === "object") retainAll(out as unknown[]);
    return NDArray._own(this.dtype, outShape, out);
  }

  /** @internal Element-wise binary op into a new array. */
  _binary(op: OpCode, other: NDArray | number | boolean): NDArray {
    this._check();
    let bDtype: DType;
    let bData: Data;
    let bLay: Lay;
    let rt: DType;
    if (other instanceof NDArray) {
      other._check();
      bDtype = other.dtype;
      bData = other.storage.data;
      bLay = other._layout;
      rt = promoteTypes(this.dtype, other.dtype);
    } else if (typeof other === "number" || typeof other === "boolean") {
      const v = Number(other);
      bDtype = typeof other === "boolean" ? "bool" : "float64";
      bData = this.dtype === "object" ? [other] : [v];
      bLay = { shape: [], strides: [], offset: 0 };
      rt = typeof other === "boolean" ? promoteTypes(this.dtype, "bool") : promoteWithScalar(this.dtype, v, op === DIV);
    } else {
      throw new DTypeError(`${OP_NAMES[op]}: operand must be an NDArray, a number or a boolean; got ${describe(other)}`);
    }
    if (op === DIV) rt = divResultType(rt);
    if (rt === "bool" && op === SUB) {
      throw new DTypeError("numpy boolean subtract, the `-` operator, is not supported; allowed: add (logical or), multiply (logical and), or astype() first");
    }
    // NEP 50: a weak scalar is cast to a float32 result's dtype first (x32 / 255.9 divides by float32(255.9)).
    if (rt === "float32" && typeof other === "number") bData = [Math.fround(other)];
    const shape = broadcastShapes(this.shape, bLay.shape);
    const aSt = broadcastStrides(this._layout, shape)!;
    const bSt = broadcastStrides(bLay, shape)!;
    const t = hooks.tracer;
    if (t !== null) {
      t.read(this, this._layout);
      if (other instanceof NDArray) t.read(other, other._layout, SAME_OP);
    }
    const out = allocate(rt, sizeOf(shape));
    // object elements may run user code (valueOf) before the result is made
    let sameOp = t !== null ? SAME_OP : 0;
    // NumPy's default order "K": the result follows the operands' memory layout ((a.T + 1) is F-ordered).
    const oSt = iterOrderStrides(shape, [aSt, bSt]);
    if (out.length > 0) {
      const p = plan(shape, oSt, 0, aSt, this.offset, bSt, bLay.offset);
      const aData = this.storage.data;
      if (rt === "object" || this.dtype === "object" || bDtype === "object") {
        const at = this.dtype;
        const bt = bDtype;
        const outConv = (v: unknown): unknown => (rt === "object" ? v : convertScalar(v, rt));
        genericBinary(out, aData, bData, p, (x, y) =>
          outConv(jsOp(op, at === "bool" ? x !== 0 : x, bt === "bool" && typeof y === "number" ? y !== 0 : y)),
        );
        if (rt === "object") retainAll(out as unknown[]);
        sameOp = 0;
      } else if (rt === "bool") {
        genericBinary(out, aData, bData, p, op === ADD ? (x, y) => ((x as number) || (y as number) ? 1 : 0) : (x, y) => ((x as number) && (y as number) ? 1 : 0));
      } else {
        const code = op === MUL && (rt === "int32" || rt === "uint32") ? IMUL32 : op;
        binaryKernel(code, out as NumericData, aData as NumericData, bData as NumericData, p);
      }
    }
    return NDArray._own(rt, shape, out, oSt, sameOp);
  }

  /**
   * Element-wise sum with broadcasting (NumPy 2 promotion).
   * @ndalias copy
   */
  add(other: NDArray | number): NDArray {
    return this._binary(ADD, other);
  }

  /**
   * Element-wise difference with broadcasting.
   * @ndalias copy
   */
  sub(other: NDArray | number): NDArray {
    return this._binary(SUB, other);
  }

  /**
   * Element-wise product with broadcasting.
   * @ndalias copy
   */
  mul(other: NDArray | number): NDArray {
    return this._binary(MUL, other);
  }

  /**
   * Element-wise true division with broadcasting (integers → float64).
   * @ndalias copy
   */
  div(other: NDArray | number): NDArray {
    return this._binary(DIV, other);
  }

  // ---------------------------------------------------------------- writes

  /**
   * `a[index] = value`: a number or a full index writes one element (an
   * object array stores `value` itself); a partial index assigns the
   * sub-array with broadcasting.
   * @ndalias write this
   * @ndalias stores value
   */
  set(index: number | number[], value: unknown): this {
    this._checkWritable("set()");
    const idx = typeof index === "number" ? [index] : index;
    if (!Array.isArray(idx)) throw new IndexError(`set() index must be a number or an array of numbers; got ${describe(index)}`);
    if (idx.length !== this.shape.length) {
      for (const v of idx) {
        if (typeof v !== "number" || !Number.isInteger(v)) {
          throw new IndexError(`only integers are valid indices; got ${describe(v)}`);
        }
      }
      return this.assign(idx, value);
    }
    const p = this._elementIndex(idx, "set()");
    const d = this.storage.data;
    if (this.dtype === "object") {
      const s = storageOfValue(value);
      if (s !== undefined) (value as NDArray)._check();
      const t = hooks.tracer;
      if (t !== null) t.write(this, p);
      storeObject(d as unknown[], p, value);
      return this;
    }
    let c: number;
    if (value instanceof NDArray) {
      value._check();
      if (value.size !== 1) {
        throw new ShapeError(`setting an element with an array of shape ${fmtShape(value.shape)}; allowed: a scalar or a size-1 array`);
      }
      // An array element is cast (NumPy: a[0] = np.array(300.5) stores 44 in uint8), not range-checked.
      c = castElement(value.get(...value.shape.map(() => 0)), value.dtype, this.dtype) as number;
    } else {
      c = convertScalar(value, this.dtype) as number;
    }
    const t = hooks.tracer;
    if (t !== null) t.write(this, p);
    (d as Float64Array)[p] = c;
    return this;
  }

  /**
   * `a[spec] = value` with broadcasting; `value` is a scalar, an NDArray or nested arrays.
   * Overlapping source and destination give NumPy's results (the source is copied first when needed).
   * @ndalias write this
   * @ndalias stores value
   */
  assign(spec: SliceSpec | SliceSpec[], value: unknown): this {
    this._checkWritable("assign()");
    const specs: unknown[] = Array.isArray(spec) ? spec : [spec];
    const target = this._select(specs);
    this._writeRegion(target, value, "assign()");
    return this;
  }

  /**
   * Sets every element to `value`.
   * @ndalias write this
   * @ndalias stores value
   */
  fill(value: unknown): this {
    this._checkWritable("fill()");
    if (this.dtype !== "object" && value instanceof NDArray) {
      value._check();
      if (value.size !== 1) {
        throw new ShapeError(`fill() needs a scalar; got an array of shape ${fmtShape(value.shape)}`);
      }
    }
    this._writeRegion(this._layout, this.dtype === "object" ? new ScalarBox(value) : value, "fill()");
    return this;
  }

  /** @internal Writes `value` (scalar, NDArray, nested arrays) into region `target` of this array's storage. */
  _writeRegion(target: Lay, value: unknown, what: string): void {
    value = unwrapData(value); // a traced `a.data` proxy is its buffer
    const d = this.storage.data;
    const dt = this.dtype;
    // A boxed scalar (fill on object arrays), a 0-d object target, or a non-array value is stored as is.
    let scalar: { v: unknown } | null = null;
    if (value instanceof ScalarBox) scalar = { v: value.v };
    else if (dt === "object" && target.shape.length === 0) scalar = { v: value };
    else if (!(value instanceof NDArray) && !Array.isArray(value) && !ArrayBuffer.isView(value)) scalar = { v: value };
    if (scalar !== null) {
      let v = scalar.v;
      if (dt === "object") {
        if (storageOfValue(v) !== undefined) (v as NDArray)._check();
      } else {
        if (v instanceof NDArray) v = castElement(v.get(...v.shape.map(() => 0)), v.dtype, dt);
        else v = convertScalar(v, dt);
      }
      const t = hooks.tracer;
      if (t !== null) t.write(this, target);
      if (sizeOf(target.shape) === 0) return;
      if (dt === "object") {
        forEachIndexC(target, (i) => storeObject(d as unknown[], i, v));
      } else {
        const src = [v as number];
        const p = plan(target.shape, target.strides, target.offset, target.shape.map(() => 0), 0);
        inplaceKernel(COPY, d as NumericData, src, p);
      }
      return;
    }
    // Array source.
    let sData: Data;
    let sLay: Lay;
    let sDtype: DType;
    let srcHandle: NDArray | null = null;
    if (value instanceof NDArray) {
      value._check();
      srcHandle = value;
      sData = value.storage.data;
      sLay = value._layout;
      sDtype = value.dtype;
    } else {
      // Nested JS values are Python scalars in NumPy: converted with the target dtype
      // (truncation then range check for integers), even for an empty target. A TypedArray
      // has a dtype of its own: it is cast like an array.
      const f = fromNested(value, ArrayBuffer.isView(value) && dt !== "object" ? undefined : dt);
      sData = f.data;
      sDtype = f.dtype;
      sLay = { shape: f.shape, strides: cStrides(f.shape), offset: 0 };
    }
    // NumPy setitem drops leading length-1 axes of a source with more dimensions than the target.
    if (sLay.shape.length > target.shape.length) {
      const extra = sLay.shape.length - target.shape.length;
      if (sLay.shape.slice(0, extra).every((n) => n === 1)) {
        sLay = { shape: sLay.shape.slice(extra), strides: sLay.strides.slice(extra), offset: sLay.offset };
      }
    }
    const bst = broadcastStrides(sLay, target.shape);
    if (bst === null) {
      throw new ShapeError(
        `${what}: could not broadcast input array from shape ${fmtShape(sLay.shape)} into shape ${fmtShape(target.shape)}`,
      );
    }
    const empty = sizeOf(target.shape) === 0;
    if (empty && srcHandle !== null) {
      // An empty target and an array source: nothing is converted or written (NumPy casts no element either).
      const t = hooks.tracer;
      if (t !== null) {
        if (srcHandle !== null) t.read(srcHandle, srcHandle._layout);
        t.write(this, target, srcHandle !== null ? SAME_OP : 0);
      }
      return;
    }
    // Object values into a numeric array: convert (and validate) everything before writing.
    if (sDtype === "object" && dt !== "object") {
      const conv = allocate(dt, sizeOf(sLay.shape));
      let j = 0;
      forEachIndexC(sLay, (i) => {
        (conv as Float64Array)[j++] = convertScalar(sData[i], dt) as number;
      });
      sData = conv;
      sDtype = dt;
      sLay = { shape: sLay.shape, strides: cStrides(sLay.shape), offset: 0 };
    } else if (srcHandle !== null && srcHandle.storage === this.storage && !empty) {
      const same =
        sLay.offset === target.offset &&
        bst.every((s, i) => s === target.strides[i]) &&
        sLay.shape.length === target.shape.length;
      if (!same && layoutsOverlap(target, sLay) !== false) {
        const tmp = allocate(sDtype, sizeOf(sLay.shape));
        const tl = { shape: sLay.shape, strides: cStrides(sLay.shape), offset: 0 };
        copyInto(tmp, tl, sDtype, sData, sLay, sDtype);
        if (sDtype === "object") releaseTemp(tmp as unknown[]);
        sData = tmp;
        sLay = tl;
      }
    }
    const t = hooks.tracer;
    if (t !== null) {
      if (srcHandle !== null) t.read(srcHandle, srcHandle._layout);
      t.write(this, target, srcHandle !== null ? SAME_OP : 0);
    }
    if (empty) return;
    copyInto(d, target, dt, sData, { shape: target.shape, strides: broadcastStrides(sLay, target.shape)!, offset: sLay.offset }, sDtype);
  }

  /** @internal In-place arithmetic with broadcasting of `other` to this array. */
  _inplace(op: OpCode, other: NDArray | number | boolean): this {
    const name = OP_NAMES[op]!;
    this._checkWritable(`i${name.slice(0, 3)}()`);
    const dt = this.dtype;
    let sData: Data;
    let sLay: Lay;
    let sDtype: DType;
    let rt: DType;
    let srcHandle: NDArray | null = null;
    let intOnly = false;
    if (other instanceof NDArray) {
      other._check();
      srcHandle = other;
      sData = other.storage.data;
      sLay = other._layout;
      sDtype = other.dtype;
      rt = promoteTypes(dt, sDtype);
      intOnly = isIntegerDType(dt) && isIntegerDType(sDtype);
    } else if (typeof other === "number" || typeof other === "boolean") {
      const v = Number(other);
      sDtype = typeof other === "boolean" ? "bool" : "float64";
      sData = dt === "object" ? [other] : [v];
      sLay = { shape: [], strides: [], offset: 0 };
      rt = typeof other === "boolean" ? promoteTypes(dt, "bool") : promoteWithScalar(dt, v, op === DIV);
    } else {
      throw new DTypeError(`${name}: operand must be an NDArray, a number or a boolean; got ${describe(other)}`);
    }
    if (op === DIV) {
      rt = divResultType(rt);
      intOnly = false;
    }
    if (rt === "bool" && op === SUB) {
      throw new DTypeError("numpy boolean subtract, the `-` operator, is not supported; allowed: add (logical or), multiply (logical and)");
    }
    // NEP 50: a weak scalar is cast to float32 first when the loop runs in float32.
    if (rt === "float32" && typeof other === "number") sData = [Math.fround(other)];
    // int op int promoting to int64 in NumPy is integer-kind there (float64 here); NumPy casts it back same_kind.
    const castOk = intOnly && rt === "float64" ? kindOf(dt) === "i" : canCastSameKind(rt, dt);
    if (!castOk) {
      throw new DTypeError(
        `Cannot cast ufunc '${name}' output from dtype('${intOnly && rt === "float64" ? "int64" : rt}') to dtype('${dt}') with casting rule 'same_kind'`,
      );
    }
    const bst = broadcastStrides(sLay, this.shape);
    if (bst === null) {
      throw new ShapeError(
        `operands could not be broadcast together with shapes ${fmtShape(this.shape)} ${fmtShape(sLay.shape)}`,
      );
    }
    const size = this.size;
    // Overlap: copy the source first unless it is exactly the destination.
    if (srcHandle !== null && srcHandle.storage === this.storage && size > 0) {
      const same = sLay.offset === this.offset && sLay.shape.length === this.shape.length && bst.every((s, i) => s === this.strides[i]);
      if (!same && layoutsOverlap(this._layout, sLay) !== false) {
        const tmp = allocate(sDtype, sizeOf(sLay.shape));
        const tl = { shape: sLay.shape, strides: cStrides(sLay.shape), offset: 0 };
        copyInto(tmp, tl, sDtype, sData, sLay, sDtype);
        if (sDtype === "object") releaseTemp(tmp as unknown[]);
        sData = tmp;
        sLay = tl;
      }
    }
    const st = broadcastStrides(sLay, this.shape)!;
    const d = this.storage.data;
    if (size === 0) {
      // Nothing to compute or write (checked before any element loop: a zero-length
      // axis must not run a row, and object operands must not be evaluated).
      const t = hooks.tracer;
      if (t !== null) {
        if (srcHandle !== null) t.read(srcHandle, srcHandle._layout);
        t.write(this, this._layout, READS_OLD | (srcHandle !== null ? SAME_OP : 0));
      }
      return this;
    }
    if (dt === "object" || sDtype === "object" || dt === "bool") {
      // Compute into a temporary first so a failing element leaves the array unchanged.
      const tmp = allocate(dt, size);
      const tl = cStrides(this.shape);
      const p = plan(this.shape, tl, 0, this.strides, this.offset, st, sLay.offset);
      if (dt === "bool") {
        genericBinary(tmp, d, sData, p, op === ADD ? (x, y) => ((x as number) || (y as number) ? 1 : 0) : (x, y) => ((x as number) && (y as number) ? 1 : 0));
      } else {
        const conv = (v: unknown): unknown => (dt === "object" ? v : convertScalar(v, dt));
        genericBinary(tmp, d, sData, p, (x, y) =>
          conv(jsOp(op, x, sDtype === "bool" && typeof y === "number" ? y !== 0 : y)),
        );
      }
      const t = hooks.tracer;
      if (t !== null) {
        if (srcHandle !== null) t.read(srcHandle, srcHandle._layout);
        t.write(this, this._layout, READS_OLD | (srcHandle !== null ? SAME_OP : 0));
      }
      if (dt === "object") {
        retainAll(tmp as unknown[]);
        copyInto(d, this._layout, dt, tmp, { shape: this.shape, strides: tl, offset: 0 }, dt);
        releaseTemp(tmp as unknown[]);
      } else {
        const p2 = plan(this.shape, this.strides, this.offset, tl, 0);
        inplaceKernel(COPY, d as NumericData, tmp as NumericData, p2);
      }
      return this;
    }
    const t = hooks.tracer;
    if (t !== null) {
      if (srcHandle !== null) t.read(srcHandle, srcHandle._layout);
      t.write(this, this._layout, READS_OLD | (srcHandle !== null ? SAME_OP : 0));
    }
    const code = op === MUL && (dt === "int32" || dt === "uint32") ? IMUL32 : op;
    const p = plan(this.shape, this.strides, this.offset, st, sLay.offset);
    inplaceKernel(code, d as NumericData, sData as NumericData, p);
    return this;
  }

  /**
   * `a += other` in place, broadcasting `other` to this array's shape.
   * @ndalias write this
   */
  iadd(other: NDArray | number): this {
    return this._inplace(ADD, other);
  }

  /**
   * `a -= other` in place.
   * @ndalias write this
   */
  isub(other: NDArray | number): this {
    return this._inplace(SUB, other);
  }

  /**
   * `a *= other` in place.
   * @ndalias write this
   */
  imul(other: NDArray | number): this {
    return this._inplace(MUL, other);
  }

  /**
   * `a /= other` in place (DTypeError on integer arrays, as NumPy's same_kind rule).
   * @ndalias write this
   */
  idiv(other: NDArray | number): this {
    return this._inplace(DIV, other);
  }

  /**
   * Sorts in place along `axis` (default last); NaN sorts last, as NumPy.
   * @ndalias write this
   */
  sort(axis = -1): this {
    this._check();
    // NumPy validates the axis before the read-only check (AxisError first).
    if (this.shape.length === 0) {
      throw new IndexError(`axis ${describe(axis)} is out of bounds for array of dimension 0`);
    }
    const ax = this._axis(axis);
    this._checkWritable("sort()");
    const t = hooks.tracer;
    if (t !== null) t.write(this, this._layout, READS_OLD);
    const n = this.shape[ax]!;
    if (this.size === 0 || n <= 1) return this;
    const s = this.strides[ax]!;
    const lanes: Lay = {
      shape: this.shape.filter((_, i) => i !== ax),
      strides: this.strides.filter((_, i) => i !== ax),
      offset: this.offset,
    };
    const d = this.storage.data;
    if (this.dtype === "object") {
      const dd = d as unknown[];
      forEachIndexC(lanes, (start) => {
        const vals: unknown[] = [];
        for (let i = 0; i < n; i++) vals.push(dd[start + i * s]);
        vals.sort(compareObjects);
        for (let i = 0; i < n; i++) dd[start + i * s] = vals[i];
      });
      return this;
    }
    const dd = d as Float64Array;
    const buf = new Float64Array(n);
    forEachIndexC(lanes, (start) => {
      for (let i = 0; i < n; i++) buf[i] = dd[start + i * s]!;
      buf.sort();
      for (let i = 0; i < n; i++) dd[start + i * s] = buf[i]!;
    });
    return this;
  }

  // ---------------------------------------------------------------- lifetime

  /**
   * Gives back this handle's reference; the memory is released when no
   * handle or object-array element refers to it. Disposing twice is harmless.
   * @ndalias dispose
   */
  dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    unregisterHandle(this);
    if (this.storage.released) return;
    const t = hooks.tracer;
    if (t !== null) t.disposed(this);
    this.storage.decref(true);
  }

  /**
   * Same as `dispose()`, so `using a = zeros(3)` works.
   * @ndalias dispose
   */
  [Symbol.dispose](): void {
    this.dispose();
  }

  /**
   * A short description (metadata only).
   * @ndalias inspect
   */
  toString(): string {
    return `NDArray(shape=${fmtShape(this.shape)}, dtype=${this.dtype}${this._disposed ? ", disposed" : ""})`;
  }
}

/** Marks a scalar to be stored as-is into every element (object `fill`). */
class ScalarBox {
  constructor(readonly v: unknown) {}
}

function compareObjects(a: unknown, b: unknown): number {
  const an = typeof a === "number" && a !== a;
  const bn = typeof b === "number" && b !== b;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if ((a as number) < (b as number)) return -1;
  if ((a as number) > (b as number)) return 1;
  return 0;
}

/** Stores `value` into object element `i`, retaining the new array and releasing the old one. */
function storeObject(d: unknown[], i: number, value: unknown): void {
  const old = d[i];
  const ns = storageOfValue(value);
  if (ns !== undefined) ns.incref(false);
  d[i] = value;
  const os = storageOfValue(old);
  if (os !== undefined) os.decref(false);
}

/** Retains every array held in a fresh object buffer. */
function retainAll(d: unknown[]): void {
  for (let i = 0; i < d.length; i++) {
    const s = storageOfValue(d[i]);
    if (s !== undefined) s.incref(false);
  }
}

/** Gives back the references of a temporary object buffer that was filled by copyInto. */
function releaseTemp(d: unknown[]): void {
  for (let i = 0; i < d.length; i++) {
    const s = storageOfValue(d[i]);
    if (s !== undefined) s.decref(false);
  }
}

/**
 * Copies `src` (already broadcast to `dst`'s shape) into `dst` with NumPy's
 * unsafe setitem casting. Object destinations retain stored arrays.
 */
function copyInto(dst: Data, dLay: Lay, dDtype: DType, src: Data, sLay: Lay, sDtype: DType): void {
  if (sizeOf(dLay.shape) === 0) return;
  const p = plan(dLay.shape, dLay.strides, dLay.offset, sLay.strides, sLay.offset);
  if (dDtype === "object") {
    const dd = dst as unknown[];
    const asBool = sDtype === "bool";
    genericWrite(p, (i0, i1) => storeObject(dd, i0, asBool ? src[i1] !== 0 : src[i1]));
    return;
  }
  if (sDtype === "object") {
    const dd = dst as Float64Array;
    genericWrite(p, (i0, i1) => {
      dd[i0] = convertScalar(src[i1], dDtype) as number;
    });
    return;
  }
  if (dDtype === "bool" && sDtype !== "bool") {
    const dd = dst as Uint8Array;
    const ss = src as Float64Array;
    genericWrite(p, (i0, i1) => {
      dd[i0] = ss[i1] !== 0 ? 1 : 0; // NaN → true, as NumPy
    });
    return;
  }
  inplaceKernel(COPY, dst as NumericData, src as NumericData, p);
}

function genericWrite(p: ReturnType<typeof plan>, f: (i0: number, i1: number) => void): void {
  const sh = p.shape;
  if (sh.length === 0) {
    f(p.o0, p.o1);
    return;
  }
  // walk all rows
  const row = (i0: number, d0: number, i1: number, d1: number, n: number): void => {
    for (let k = 0; k < n; k++, i0 += d0, i1 += d1) f(i0, i1);
  };
  const last = sh.length - 1;
  const idx = new Array<number>(last).fill(0);
  let i0 = p.o0;
  let i1 = p.o1;
  for (;;) {
    row(i0, p.s0[last]!, i1, p.s1[last]!, sh[last]!);
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
    if (k < 0) return;
  }
}

/**
 * Validates take() indices as NumPy's PyArray_TakeFrom: all must be integers;
 * a take with a non-empty result from a length-0 axis raises; each index is
 * bounds-checked only when `checkBounds` (NumPy checks per outer position, so
 * not at all when there is none).
 */
function resolveTakeIndices(
  idx: readonly unknown[],
  len: number,
  axis: number,
  resultNonEmpty: boolean,
  checkBounds: boolean,
): number[] {
  const out = new Array<number>(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i];
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new IndexError(`take() indices must be integers; got ${describe(v)} at position ${i}`);
    }
  }
  if (len === 0 && resultNonEmpty) {
    throw new IndexError(
      `cannot do a non-empty take from an empty axis (axis ${axis} has size 0; got ${idx.length} ${idx.length === 1 ? "index" : "indices"}); allowed: no indices`,
    );
  }
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i] as number;
    if (checkBounds && (v < -len || v >= len)) throw new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${len}`);
    out[i] = v < 0 ? v + len : v;
  }
  return out;
}

/** Validates a shape argument (number or number[]). */
export function normShape(shape: unknown, what: string): number[] {
  const s = typeof shape === "number" ? [shape] : shape;
  if (!Array.isArray(s)) throw new ShapeError(`${what}: shape must be a number or an array of numbers; got ${describe(shape)}`);
  for (const v of s) {
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new ShapeError(`${what}: shape ${JSON.stringify(shape)} has a non-integer dimension ${describe(v)}`);
    }
    if (v < 0) throw new ShapeError(`${what}: negative dimensions are not allowed; got shape ${JSON.stringify(shape)}`);
  }
  return s.slice() as number[];
}

function resolveReshape(size: number, spec: readonly unknown[]): number[] {
  const show = (): string =>
    spec.length === 1 ? `(${spec[0] === -1 ? "newaxis" : String(spec[0])},)` : `(${spec.map((v) => (v === -1 ? "newaxis" : String(v))).join(",")})`;
  let unknownAt = -1;
  let known = 1;
  for (let i = 0; i < spec.length; i++) {
    const v = spec[i];
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new ShapeError(`reshape: shape ${show()} has a non-integer dimension ${describe(v)}`);
    }
    if (v === -1) {
      if (unknownAt >= 0) throw new ShapeError(`can only specify one unknown dimension; got shape ${show()}`);
      unknownAt = i;
    } else if (v < 0) {
      throw new ShapeError(`negative dimensions not allowed; got shape ${show()}`);
    } else known *= v;
  }
  const out = spec.slice() as number[];
  if (unknownAt >= 0) {
    if (known === 0 || size % known !== 0) {
      throw new ShapeError(`cannot reshape array of size ${size} into shape ${show()}`);
    }
    out[unknownAt] = size / known;
  } else if (known !== size) {
    throw new ShapeError(`cannot reshape array of size ${size} into shape ${show()}`);
  }
  return out;
}

/** NumPy's `_attempt_nocopy_reshape` (C order): new strides, or null when a copy is needed. */
export function attemptNoCopyReshape(
  shape: readonly number[],
  strides: readonly number[],
  newdims: readonly number[],
): number[] | null {
  const olddims: number[] = [];
  const oldstrides: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] !== 1) {
      olddims.push(shape[i]!);
      oldstrides.push(strides[i]!);
    }
  }
  const oldnd = olddims.length;
  const newnd = newdims.length;
  const newstrides = new Array<number>(newnd).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  while (ni < newnd && oi < oldnd) {
    let np = newdims[ni]!;
    let op = olddims[oi]!;
    while (np !== op) {
      if (np < op) np *= newdims[nj++]!;
      else op *= olddims[oj++]!;
    }
    for (let ok = oi; ok < oj - 1; ok++) {
      if (oldstrides[ok] !== olddims[ok + 1]! * oldstrides[ok + 1]!) return null;
    }
    newstrides[nj - 1] = oldstrides[oj - 1]!;
    for (let nk = nj - 1; nk > ni; nk--) newstrides[nk - 1] = newstrides[nk]! * newdims[nk]!;
    ni = nj++;
    oi = oj++;
  }
  const lastStride = ni >= 1 ? newstrides[ni - 1]! : 1;
  for (let nk = ni; nk < newnd; nk++) newstrides[nk] = lastStride;
  return newstrides;
}

/**
 * SKELETON — the public surface of the runtime with the effect tags the lint
 * rules read. Bodies are filled in by the runtime implementation (issue 2).
 *
 * Effect tags (read by `src/analysis/effects.ts` through the type checker; see
 * docs/effects.md). One or more `@ndalias` tags per declaration:
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
import type { Storage } from "./storage.js";

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

/**
 * An n-dimensional array with NumPy's view/copy semantics.
 * @ndalias ndarray
 */
export declare class NDArray {
  /** @ndalias inspect */ readonly shape: number[];
  /** @ndalias inspect */ readonly strides: number[];
  /** @ndalias inspect */ readonly offset: number;
  /** @ndalias inspect */ readonly dtype: DType;
  /** @ndalias inspect */ get ndim(): number;
  /** @ndalias inspect */ get size(): number;
  /** @ndalias inspect */ get flags(): Flags;
  /** The array that owns the memory, or `null` for an owner. @ndalias view */ get base(): NDArray | null;
  /** The backing buffer, indexed with `offset` and `strides`. @ndalias data */ get data(): Data;
  /** @internal */ readonly storage: Storage;

  /** @ndalias read */ get(...index: number[]): any;
  /** @ndalias read */ tolist(): NestedList;
  /** @ndalias read */ sum(): number;
  /** @ndalias read */ mean(): number;
  /** @ndalias read */ min(): number;
  /** @ndalias read */ max(): number;

  /** @ndalias view */ slice(...specs: SliceSpec[]): NDArray;
  /** @ndalias view */ get T(): NDArray;
  /** @ndalias view */ transpose(...axes: number[]): NDArray;
  /** @ndalias view */ swapaxes(axis1: number, axis2: number): NDArray;
  /** @ndalias view */ flip(axis?: number): NDArray;
  /** @ndalias view */ squeeze(): NDArray;
  /** @ndalias view */ expandDims(axis: number): NDArray;
  /** @ndalias view */ view(): NDArray;
  /** @ndalias view readonly */ diagonal(): NDArray;
  /** @ndalias view readonly */ broadcastTo(shape: number | number[]): NDArray;
  /** @ndalias maybe-view */ reshape(...shape: (number | number[])[]): NDArray;
  /** @ndalias maybe-view */ ravel(): NDArray;

  /** @ndalias copy */ copy(): NDArray;
  /** @ndalias copy */ flatten(): NDArray;
  /** @ndalias copy */ astype(dtype: DType): NDArray;
  /** @ndalias copy */ take(indices: number[] | NDArray, axis?: number): NDArray;
  /** @ndalias copy */ add(other: NDArray | number): NDArray;
  /** @ndalias copy */ sub(other: NDArray | number): NDArray;
  /** @ndalias copy */ mul(other: NDArray | number): NDArray;
  /** @ndalias copy */ div(other: NDArray | number): NDArray;

  /** @ndalias write this @ndalias stores value */ set(index: number | number[], value: unknown): this;
  /** @ndalias write this @ndalias stores value */ assign(spec: SliceSpec | SliceSpec[], value: unknown): this;
  /** @ndalias write this @ndalias stores value */ fill(value: unknown): this;
  /** @ndalias write this */ iadd(other: NDArray | number): this;
  /** @ndalias write this */ isub(other: NDArray | number): this;
  /** @ndalias write this */ imul(other: NDArray | number): this;
  /** @ndalias write this */ idiv(other: NDArray | number): this;
  /** @ndalias write this */ sort(axis?: number): this;

  /** @ndalias dispose */ dispose(): void;
  /** @ndalias dispose */ [Symbol.dispose](): void;
}

/**
 * ndalias: NumPy-style ndarrays with NumPy 2's view/copy semantics and
 * refcounted memory.
 *
 * Where ndalias knowingly differs from NumPy 2:
 * - there is no int64: promotions NumPy makes to int64 give float64 here
 *   (`int32 + uint32`, `bool array + integral number`, and `array()` of
 *   numbers is float64);
 * - out-of-range float → int32/uint32 conversion wraps modulo 2**32 (NumPy's C
 *   cast is platform-defined); NaN/±Infinity convert to 0 in `astype` and
 *   array-to-array assignment (NumPy: undefined value plus a warning), while
 *   storing a NaN/±Infinity scalar into an integer array raises DTypeError;
 * - `sum`/`mean` use NumPy's pairwise summation in float64 for every dtype
 *   (bit-for-bit NumPy on contiguous float64 data; NumPy sums float32 in
 *   float32, integers in int64); `min`/`max` of an empty array raise
 *   ShapeError (NumPy: ValueError);
 * - `get` needs a full index (a partial index is `slice`); `empty` is
 *   zero-filled; `sort` uses one algorithm (NaN last, as NumPy);
 * - object arrays apply JS operators element-wise (`+` on two strings
 *   concatenates; NDArray elements dispatch to their methods);
 * - NDArrays inside nested input to `array()` are stored as object elements
 *   (NumPy would stack them into a numeric array);
 * - writes through `data` bypass every check, including object refcounts.
 */
export { NDArray } from "./runtime/ndarray.js";
export type { DType, Data, NumericData, NestedList, SliceSpec, Flags } from "./runtime/ndarray.js";
export { array, zeros, ones, empty, full, arange, linspace, eye } from "./runtime/creation.js";
export {
  NDAliasError, IndexError, ShapeError, ReadOnlyError, DisposedError, DTypeError,
} from "./runtime/errors.js";
export { sharesMemory, mayShareMemory, refcount, memoryStats, collect, unreachableStorages } from "./runtime/memory.js";
export type { MemoryStats } from "./runtime/memory.js";
export { Storage } from "./runtime/storage.js";
export { hooks, setTracer } from "./runtime/hooks.js";
export type { Layout, RuntimeTracer } from "./runtime/hooks.js";

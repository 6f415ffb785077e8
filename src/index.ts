/** ndalias: NumPy-style ndarrays with NumPy's view/copy semantics and refcounted memory. */
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

/**
 * The runtime's tracing hooks. `hooks.tracer` is `null` unless the runtime
 * companion (`ndalias/trace`) installs a tracer, so the cost when tracing is
 * off is one property check per operation.
 *
 * The runtime calls these; it never depends on what a tracer does with them.
 * Install the tracer before creating arrays: storages created while a tracer
 * is installed are held strongly by the runtime until released (so
 * `handleReclaimed`, `refcountChanged` and `storageReleased` can name them
 * after their handles are garbage-collected); storages created earlier may be
 * reclaimed by the JS GC silently. To tell whether a live storage is kept
 * alive only by a reference cycle, use `unreachableStorages()` (exported from
 * the package root), which runs the cycle collector's analysis without freeing.
 */
import type { NDArray } from "./ndarray.js";
import type { Storage } from "./storage.js";

/** A region of a storage: the elements `offset + sum(i_k * strides[k])` for `0 <= i_k < shape[k]`. */
export interface Layout {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
}

/**
 * Flag of `read`, `write` and `storageCreated`: the runtime called another
 * hook for the same operation just before, and no user code ran since (no
 * callback, no `valueOf` of an object element), so the call site is that
 * hook's: a tracer may reuse it instead of walking the stack again.
 */
export const SAME_OP = 1;
/** Flag of `write`: the write also reads the values it replaces (in-place arithmetic, `sort`). */
export const READS_OLD = 2;

export interface RuntimeTracer {
  /** A new storage (memory block) was allocated. `flags`: `SAME_OP`. */
  storageCreated(storage: Storage, flags?: number): void;
  /**
   * A new user-visible handle (owner or view) was created on `handle.storage`.
   * Internal temporaries (e.g. the region an `assign` writes) are never handles.
   */
  handleCreated(handle: NDArray): void;
  /**
   * `handle` wrote `region` of its storage (a layout, or one storage element
   * index for scalar writes). Called after bounds/shape/writeability checks
   * succeed and before the values change. `flags`: `SAME_OP`, `READS_OLD`.
   */
  write(handle: NDArray, region: Layout | number, flags?: number): void;
  /** `handle` observed the values of `region` (layout or one storage element index). `flags`: `SAME_OP`. */
  read(handle: NDArray, region: Layout | number, flags?: number): void;
  /** `handle.dispose()` ran (first time only). */
  disposed(handle: NDArray): void;
  /** The JS garbage collector reclaimed an undisposed handle of `storage`. */
  handleReclaimed(storage: Storage, handleId: number): void;
  /** The storage's reference count changed (handles + object-dtype references). */
  refcountChanged(storage: Storage): void;
  /** The storage's count reached zero (or `collect()` freed it; `byCollector` is then true). */
  storageReleased(storage: Storage, byCollector: boolean): void;
  /**
   * Optional: what `handle.data` returns while tracing (e.g. a proxy that
   * reports element reads and writes). Return `data` itself to leave it.
   */
  wrapData?(handle: NDArray, data: Storage["data"]): Storage["data"];
}

/**
 * The hooks object lives in a `globalThis` slot so that every copy of the
 * runtime module in a process (e.g. `dist/` loaded natively by a preloaded
 * tracer and again by a test runner's module graph, or `src/` and `dist/`
 * side by side) shares one tracer.
 */
const SLOT = Symbol.for("ndalias.runtime.hooks");
type HooksSlot = { [SLOT]?: { tracer: RuntimeTracer | null } };

export const hooks: { tracer: RuntimeTracer | null } = ((globalThis as HooksSlot)[SLOT] ??= { tracer: null });

/** Installs (or with `null`, removes) the tracer. Returns the previous one. */
export function setTracer(tracer: RuntimeTracer | null): RuntimeTracer | null {
  const prev = hooks.tracer;
  hooks.tracer = tracer;
  return prev;
}

/** Buffers behind the proxies a tracer's `wrapData` returned (shared by every copy of the runtime). */
const PROXIES = Symbol.for("ndalias.runtime.dataProxies");
type ProxySlot = { [PROXIES]?: WeakMap<object, object> };
const dataProxies: WeakMap<object, object> = ((globalThis as ProxySlot)[PROXIES] ??= new WeakMap());

/** Called by a tracer for each proxy its `wrapData` hands out. */
export function registerDataProxy(proxy: object, buffer: object): void {
  dataProxies.set(proxy, buffer);
}

/**
 * The real buffer when `value` is a tracing proxy of `a.data` (which is not
 * an `ArrayBuffer` view), else `value` itself. Runtime entry points that
 * accept buffers (`array(a.data)`, `b.assign(":", a.data)`) can call this
 * first; it costs one `null` check when tracing is off.
 */
export function unwrapData<T>(value: T): T {
  if (hooks.tracer === null || typeof value !== "object" || value === null) return value;
  const b = dataProxies.get(value);
  return b === undefined ? value : (b as T);
}

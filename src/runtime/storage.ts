/**
 * Refcounted memory blocks behind NDArray handles.
 *
 * Every undisposed handle (owner or view) holds one reference; every element
 * of an object-dtype storage that holds an NDArray holds one reference to
 * that array's storage. The storage is released when its count reaches zero:
 * its buffer is dropped and every handle on it throws DisposedError.
 * Handles the JS garbage collector reclaims without `dispose()` give their
 * reference back through a FinalizationRegistry (whose held value carries the
 * storage and a handle id, never the handle).
 */
import { allocate, itemSize } from "./dtype.js";
import { hooks } from "./hooks.js";
import type { Data, DType } from "./ndarray.js";

let nextStorageId = 1;
let nextHandleId = 1;

/** Every storage not yet released. */
export const liveStorages = new Set<Storage>();

let liveHandleCount = 0;

/**
 * Objects that are NDArray handles, mapped to their storage (filled by the
 * NDArray constructor). Used to find the arrays held by object-dtype arrays.
 */
export const handleStorage = new WeakMap<object, Storage>();

export function storageOfValue(v: unknown): Storage | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  return handleStorage.get(v);
}

export class Storage {
  readonly id: number;
  readonly dtype: DType;
  /** The backing buffer; an empty one once released. */
  data: Data;
  /** Live references: undisposed handles plus references held by object-dtype arrays. */
  refcount = 0;
  /** Undisposed handles on this storage. */
  handles = 0;
  /** True once the count reached zero or the collector freed it. */
  released = false;
  /** Number of elements the storage was created with. */
  readonly length: number;
  /** @internal set while `collect()` frees this storage. */
  collecting = false;

  constructor(dtype: DType, data: Data) {
    this.id = nextStorageId++;
    this.dtype = dtype;
    this.data = data;
    this.length = data.length;
    liveStorages.add(this);
    const t = hooks.tracer;
    if (t !== null) t.storageCreated(this);
  }

  static allocate(dtype: DType, n: number): Storage {
    return new Storage(dtype, allocate(dtype, n));
  }

  get bytes(): number {
    return this.length * itemSize(this.dtype);
  }

  /** @internal */
  incref(handle: boolean): void {
    this.refcount++;
    if (handle) {
      this.handles++;
      liveHandleCount++;
    }
    const t = hooks.tracer;
    if (t !== null) t.refcountChanged(this);
  }

  /** @internal */
  decref(handle: boolean): void {
    if (this.released) return;
    this.refcount--;
    if (handle) {
      this.handles--;
      liveHandleCount--;
    }
    const t = hooks.tracer;
    if (t !== null) t.refcountChanged(this);
    if (this.refcount <= 0 && !this.collecting) this.release(false);
  }

  /** @internal Drops the buffer and the references this storage's elements hold. */
  release(byCollector: boolean): void {
    if (this.released) return;
    this.released = true;
    liveStorages.delete(this);
    liveHandleCount -= this.handles;
    const old = this.data;
    this.data = allocate(this.dtype, 0);
    const t = hooks.tracer;
    if (t !== null) t.storageReleased(this, byCollector);
    if (Array.isArray(old)) releaseObjectElements(old);
  }
}

/** Gives back the references held by the elements of a dropped object buffer. */
export function releaseObjectElements(values: unknown[]): void {
  for (let i = 0; i < values.length; i++) {
    const s = storageOfValue(values[i]);
    if (s !== undefined) s.decref(false);
  }
}

export function newHandleId(): number {
  return nextHandleId++;
}

interface Held {
  storage: Storage;
  handleId: number;
}

const finalizer = new FinalizationRegistry<Held>((held) => {
  const s = held.storage;
  if (s.released) return;
  const t = hooks.tracer;
  if (t !== null) t.handleReclaimed(s, held.handleId);
  s.decref(true);
});

/** @internal Registers `handle` so the GC gives its reference back. */
export function registerHandle(handle: object, storage: Storage, handleId: number): void {
  finalizer.register(handle, { storage, handleId }, handle);
}

/** @internal */
export function unregisterHandle(handle: object): void {
  finalizer.unregister(handle);
}

export interface MemoryStats {
  /** Storages not yet released. */
  storages: number;
  /** Undisposed handles on live storages (handles reclaimed by the GC count until their finalizer runs). */
  handles: number;
  /** Bytes held by live storages (8 per object element). */
  bytes: number;
  /** References held by object-dtype array elements. */
  objectRefs: number;
}

/** Live memory, like `tf.memory()`. */
export function memoryStats(): MemoryStats {
  let bytes = 0;
  let refs = 0;
  for (const s of liveStorages) {
    bytes += s.bytes;
    refs += s.refcount - s.handles;
  }
  return { storages: liveStorages.size, handles: liveHandleCount, bytes, objectRefs: refs };
}

/**
 * CPython's cycle-detection analysis over the live storages: copy each
 * storage's count, subtract the references held by object-dtype storages,
 * treat every storage that still has a reference from outside (a live handle)
 * as reachable, propagate reachability through object-array contents.
 * Returns the storages that are alive only because of references from other
 * unreachable storages (i.e. kept alive by reference cycles, or held only by
 * such a cycle). Frees nothing.
 */
export function unreachableStorages(): Set<Storage> {
  const gcRefs = new Map<Storage, number>();
  for (const s of liveStorages) gcRefs.set(s, s.refcount);
  for (const s of liveStorages) {
    const d = s.data;
    if (!Array.isArray(d)) continue;
    for (let i = 0; i < d.length; i++) {
      const t = storageOfValue(d[i]);
      if (t !== undefined && gcRefs.has(t)) gcRefs.set(t, gcRefs.get(t)! - 1);
    }
  }
  const reachable = new Set<Storage>();
  const stack: Storage[] = [];
  for (const [s, n] of gcRefs) {
    if (n > 0) {
      reachable.add(s);
      stack.push(s);
    }
  }
  while (stack.length > 0) {
    const s = stack.pop()!;
    const d = s.data;
    if (!Array.isArray(d)) continue;
    for (let i = 0; i < d.length; i++) {
      const t = storageOfValue(d[i]);
      if (t !== undefined && !t.released && !reachable.has(t)) {
        reachable.add(t);
        stack.push(t);
      }
    }
  }
  const out = new Set<Storage>();
  for (const s of liveStorages) if (!reachable.has(s)) out.add(s);
  return out;
}

/**
 * Frees the storages kept alive only by reference cycles through object-dtype
 * arrays (like Python's `gc.collect()`); returns how many storages it freed.
 * A cycle reachable from a live handle is kept.
 */
export function collect(): number {
  const garbage = unreachableStorages();
  if (garbage.size === 0) return 0;
  for (const s of garbage) s.collecting = true;
  // Clear contents first (tp_clear), then release each storage.
  for (const s of garbage) {
    const d = s.data;
    if (!Array.isArray(d)) continue;
    const old = d.slice();
    for (let i = 0; i < d.length; i++) d[i] = null;
    releaseObjectElements(old);
  }
  for (const s of garbage) {
    s.collecting = false;
    s.release(true);
  }
  return garbage.size;
}

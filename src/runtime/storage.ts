/**
 * Refcounted memory blocks behind NDArray handles.
 *
 * Every undisposed handle (owner or view) holds one reference; every element
 * of an object-dtype storage that holds an NDArray holds one reference to
 * that array's storage. The storage is released when its count reaches zero:
 * its buffer is dropped and every handle on it throws DisposedError.
 *
 * Handles the JS garbage collector reclaims without `dispose()` give their
 * reference back through a FinalizationRegistry whose held value is the
 * storage's bookkeeping record (ids and counts), never the handle nor the
 * buffer. The live-storage registry also holds only these records (plus the
 * storages of object arrays, which the cycle collector must traverse, and
 * every storage while a tracer is installed), so the buffer of a numeric
 * array whose handles all became unreachable is freed by the JS garbage
 * collector itself, without waiting for the finalizers to run.
 */
import { allocate, itemSize } from "./dtype.js";
import { hooks } from "./hooks.js";
import type { Data, DType } from "./ndarray.js";

let nextStorageId = 1;
let nextHandleId = 1;

/** Bookkeeping of one storage: what the registry and the finalizers hold. */
class StorageRecord {
  refcount = 0;
  handles = 0;
  released = false;
  collecting = false;
  constructor(
    readonly id: number,
    readonly dtype: DType,
    readonly bytes: number,
    /** Strong link, kept for object storages and while tracing. */
    public storage: Storage | undefined,
  ) {}
}

/** Every storage not yet released, by id. */
const registry = new Map<number, StorageRecord>();

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
  /** Number of elements the storage was created with. */
  readonly length: number;
  /** @internal */
  readonly rec: StorageRecord;

  /** `flags`: passed to the tracer's `storageCreated` (`SAME_OP` when a hook of the same operation ran just before). */
  constructor(dtype: DType, data: Data, flags = 0) {
    this.id = nextStorageId++;
    this.dtype = dtype;
    this.data = data;
    this.length = data.length;
    const t = hooks.tracer;
    this.rec = new StorageRecord(
      this.id,
      dtype,
      data.length * itemSize(dtype),
      dtype === "object" || t !== null ? this : undefined,
    );
    registry.set(this.id, this.rec);
    if (t !== null) t.storageCreated(this, flags);
  }

  static allocate(dtype: DType, n: number): Storage {
    return new Storage(dtype, allocate(dtype, n));
  }

  /** Live references: undisposed handles plus references held by object-dtype arrays. */
  get refcount(): number {
    return this.rec.refcount;
  }

  /** Undisposed handles on this storage. */
  get handles(): number {
    return this.rec.handles;
  }

  /** True once the count reached zero or the collector freed it. */
  get released(): boolean {
    return this.rec.released;
  }

  get bytes(): number {
    return this.rec.bytes;
  }

  /** @internal */
  incref(handle: boolean): void {
    const r = this.rec;
    r.refcount++;
    if (handle) r.handles++;
    const t = hooks.tracer;
    if (t !== null) t.refcountChanged(this);
  }

  /** @internal */
  decref(handle: boolean): void {
    decrefRecord(this.rec, handle, this);
  }

  /** @internal Drops the buffer and the references this storage's elements hold. */
  release(byCollector: boolean): void {
    releaseRecord(this.rec, byCollector, this);
  }
}

function decrefRecord(r: StorageRecord, handle: boolean, s: Storage | undefined): void {
  if (r.released) return;
  r.refcount--;
  if (handle) r.handles--;
  const st = s ?? r.storage;
  const t = hooks.tracer;
  if (t !== null && st !== undefined) t.refcountChanged(st);
  if (r.refcount <= 0 && !r.collecting) releaseRecord(r, false, st);
}

function releaseRecord(r: StorageRecord, byCollector: boolean, s: Storage | undefined): void {
  if (r.released) return;
  r.released = true;
  registry.delete(r.id);
  const st = s ?? r.storage;
  r.storage = undefined;
  if (st === undefined) return; // the buffer was already reclaimed by the JS GC
  const old = st.data;
  st.data = allocate(st.dtype, 0);
  const t = hooks.tracer;
  if (t !== null) t.storageReleased(st, byCollector);
  if (Array.isArray(old)) releaseObjectElements(old);
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
  rec: StorageRecord;
  handleId: number;
}

const finalizer = new FinalizationRegistry<Held>((held) => {
  const r = held.rec;
  if (r.released) return;
  const t = hooks.tracer;
  if (t !== null && r.storage !== undefined) t.handleReclaimed(r.storage, held.handleId);
  decrefRecord(r, true, undefined);
});

/** @internal Registers `handle` so the GC gives its reference back. */
export function registerHandle(handle: object, storage: Storage, handleId: number): void {
  finalizer.register(handle, { rec: storage.rec, handleId }, handle);
}

/** @internal */
export function unregisterHandle(handle: object): void {
  finalizer.unregister(handle);
}

export interface MemoryStats {
  /** Storages not yet released. */
  storages: number;
  /** Undisposed handles on live storages (a handle the GC reclaimed counts until its finalizer runs). */
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
  let handles = 0;
  for (const r of registry.values()) {
    bytes += r.bytes;
    handles += r.handles;
    refs += r.refcount - r.handles;
  }
  return { storages: registry.size, handles, bytes, objectRefs: refs };
}

/**
 * CPython's cycle-detection analysis (InternalDocs/garbage_collector.md) over
 * the object-dtype storages and the storages they hold: copy each count,
 * subtract the references held by object-dtype storages, treat every storage
 * that still has a reference from outside (a live handle) as reachable,
 * propagate reachability through object-array contents. Returns the storages
 * that are alive only because of references from other unreachable storages
 * (kept alive by reference cycles, or held only by such a cycle). Frees nothing.
 */
export function unreachableStorages(): Set<Storage> {
  const gcRefs = new Map<Storage, number>();
  for (const r of registry.values()) {
    if (r.storage !== undefined && r.dtype === "object") gcRefs.set(r.storage, r.refcount);
  }
  const containers = [...gcRefs.keys()];
  for (const s of containers) {
    const d = s.data as unknown[];
    for (let i = 0; i < d.length; i++) {
      const t = storageOfValue(d[i]);
      if (t === undefined || t.released) continue;
      gcRefs.set(t, (gcRefs.get(t) ?? t.refcount) - 1);
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
  for (const s of gcRefs.keys()) if (!reachable.has(s)) out.add(s);
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
  for (const s of garbage) s.rec.collecting = true;
  // Clear contents first (tp_clear), then release each storage.
  for (const s of garbage) {
    const d = s.data;
    if (!Array.isArray(d)) continue;
    const old = d.slice();
    for (let i = 0; i < d.length; i++) d[i] = null;
    releaseObjectElements(old);
  }
  for (const s of garbage) {
    s.rec.collecting = false;
    s.release(true);
  }
  return garbage.size;
}

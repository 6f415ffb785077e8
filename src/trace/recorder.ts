/**
 * The tracer: a `RuntimeTracer` that records, per storage, its handles and
 * their creation sites, its reference count over time, the writes made into
 * it, the reads that observe what another site or another handle wrote, its
 * disposals and GC reclamations, and whether it outlived the run only through
 * a reference cycle — aggregated per site and per (write site, read site)
 * pair, never per element.
 *
 * To tell which write a read observes, each written storage gets a shadow
 * (`Shadow`: the last writing site and handle of each element, kept as runs
 * of elements while the writes allow), made on its first write and dropped
 * when the storage is released.
 */
import { markState } from "./marks.js";
import { READS_OLD, SAME_OP, registerDataProxy, type Layout, type RuntimeTracer } from "../runtime/hooks.js";
import type { NDArray } from "../runtime/ndarray.js";
import type { Storage } from "../runtime/storage.js";
import {
  TRACE_FORMAT,
  TRACE_VERSION,
  type Allocation,
  type HandleGroup,
  type Observation,
  type StorageDetail,
  type StoreRecord,
  type TraceFile,
  type TraceRun,
  type TraceSite,
  type WriteRecord,
} from "./format.js";
import { Shadow, type Region } from "./shadow.js";
import { SiteTable, declaredNameAt, receiverAt, sourceLine, type Site } from "./sites.js";

export interface RecorderOptions {
  /** Storages recorded in full detail (handles, refcount series); later ones only in aggregates unless alive at exit. Default 200. */
  detailLimit?: number;
  /** Refcount changes kept per detailed storage. Default 64. */
  seriesLimit?: number;
  /** Handles listed per detailed storage. Default 32. */
  handleLimit?: number;
  /**
   * The runtime's cycle analysis (`unreachableStorages` from the package
   * root): what it finds counts as alive only through cycles, besides what the
   * recorder's own analysis over the storages it saw finds (see `cycleOnly`).
   */
  unreachable?: () => Set<Storage>;
  /**
   * Runs of consecutively written elements a storage's write shadow keeps
   * before it switches to one entry per element (see `Shadow`). Default 32;
   * 0 keeps one entry per element from the first write.
   */
  shadowRuns?: number;
  /** Version written into the trace's `tool` field. */
  toolVersion?: string;
}

interface HandleInfo {
  id: number;
  kind: "owner" | "view";
  site: number | null;
  disposedAt: number | null | undefined;
  reclaimed: boolean;
  wrote: boolean;
  group: HandleGroup;
}

interface StoreEdge {
  site: number;
  target: StState;
  count: number;
}

/** Writes to one storage from one site. */
interface StorageWrites {
  count: number;
  elements: number;
  observed: boolean;
}

interface StState {
  id: number;
  storage: Storage;
  dtype: string;
  length: number;
  site: number | null;
  alloc: Allocation;
  /** Last writing site + 1 and handle per element; null until the first write while traced. */
  shadow: Shadow | null;
  /** Per write site: operations, elements, whether a read observed what it wrote. */
  writes: Map<number, StorageWrites>;
  handles: Map<number, HandleInfo>;
  /** Creation sites of disposed or reclaimed handles that wrote (bounded, oldest dropped). */
  retired: Map<number, number | null>;
  handleOrder: number[];
  handlesTruncated: boolean;
  refLast: number;
  handlesLast: number;
  peak: number;
  series: [number, number][] | null;
  seriesTruncated: boolean;
  edges: Map<string, StoreEdge>;
  detailed: boolean;
  released: { byCollector: boolean; site: number | null } | null;
}

/** Elements in a region (scalar index: 1). */
function regionSize(r: Region): number {
  if (typeof r === "number") return 1;
  let n = 1;
  for (const s of r.shape) n *= s;
  return n;
}

const MUTATORS = new Set(["fill", "set", "copyWithin", "sort", "reverse", "splice", "push", "pop", "shift", "unshift"]);

export class TraceRecorder implements RuntimeTracer {
  readonly sites = new SiteTable();
  private readonly states = new Map<Storage, StState>();
  /** Per dtype, per site (-1: none). */
  private readonly allocs = new Map<string, Map<number, Allocation>>();
  /** The same, in order of first use. */
  private readonly allocOrder: Allocation[] = [];
  /** Per (site, kind): key (site + 1) * 2 + (view ? 1 : 0), in order of first use. */
  private readonly handleGroups = new Map<number, HandleGroup>();
  private readonly writeRecs = new Map<number, WriteRecord>();
  /** Per (write site, read site, through the writing handle or not): key `(write * 2^26 + read) * 2 + same`. */
  private readonly obs = new Map<number, Observation>();
  private readonly storeRecs = new Map<number, StoreRecord>();
  /** Detailed storages already released (frozen). */
  private readonly releasedDetails: StorageDetail[] = [];
  /** Released by the collector while holding store edges (for `cycleKept`). */
  private collectorFreed: StState[] = [];
  /** `cycleKept` counts per store site already folded out of `collectorFreed`. */
  private readonly foldedKept = new Map<number, number>();
  private readonly proxies = new WeakMap<object, { target: object; proxy: object }>();
  private readonly handleStorage = new WeakMap<object, Storage>();
  private nextId = 1;
  private seq = 0;
  private detailCount = 0;
  private omitted = 0;
  private pendingStore: { st: StState; site: number } | null = null;
  /** The records the last write updated (null after a storage is released). */
  private lastWrite: { st: StState; site: number; hid: number; w: StorageWrites; agg: WriteRecord } | null = null;
  /** The observation the last observing read updated, with what identifies it (null after a storage is released). */
  private lastObs: { st: StState; key: number; readSite: number; reader: HandleInfo; o: Observation } | null = null;
  /** The site of the last call-site mark taken, and the mark functions' epoch then (see `marks.ts`). */
  private markSite = -1;
  private markEpoch = -1;
  /** Sites found from call-site marks and by stack walks. */
  private readonly lookups = { marked: 0, walked: 0 };
  /** The site the current operation's hooks looked up (undefined: none yet); reset by every hook called without `SAME_OP`. */
  private opSite: number | undefined = undefined;
  /** The storage created by the latest `storageCreated`: its first handle shares its creation site. */
  private lastCreated: StState | null = null;
  private readonly opts: Required<Omit<RecorderOptions, "unreachable">> & Pick<RecorderOptions, "unreachable">;
  readonly startedAt = new Date();

  constructor(options: RecorderOptions = {}) {
    this.opts = {
      detailLimit: options.detailLimit ?? 200,
      seriesLimit: options.seriesLimit ?? 64,
      handleLimit: options.handleLimit ?? 32,
      unreachable: options.unreachable,
      shadowRuns: options.shadowRuns ?? 32,
      toolVersion: options.toolVersion ?? "0.0.0",
    };
  }

  // ------------------------------------------------------------ bookkeeping

  /**
   * The user site of the operation in progress; `below` is the hook that was
   * called (its frames and those above are skipped). With `SAME_OP` in
   * `flags`, the site an earlier hook of the same operation found, when it
   * looked one up. A call-site mark set by marked code (see `instrument.ts`)
   * names the site without a stack walk, for every hook of the marked call.
   */
  private capture(below: (...a: never[]) => unknown, flags = 0): number {
    if ((flags & SAME_OP) !== 0 && this.opSite !== undefined) return this.opSite;
    const ms = markState;
    let site = -1;
    if (ms.pending >= 0) {
      site = this.sites.fromMark(ms.pending);
      ms.pending = -1;
      this.markSite = site;
      this.markEpoch = ms.epoch;
    } else if (ms.epoch === this.markEpoch) {
      // a later hook of the marked call that took the mark: no other marked call started or ended since
      site = this.markSite;
    }
    if (site !== -1) this.lookups.marked++;
    else {
      site = this.sites.capture(below);
      this.lookups.walked++;
    }
    this.opSite = site;
    return site;
  }

  private allocation(site: number | null, dtype: string): Allocation {
    let bySite = this.allocs.get(dtype);
    if (bySite === undefined) {
      bySite = new Map();
      this.allocs.set(dtype, bySite);
    }
    let a = bySite.get(site ?? -1);
    if (a === undefined) {
      a = { site, dtype, storages: 0, bytes: 0, peakRefcount: 0, released: 0, freedByCollector: 0, aliveAtExit: 0, cycleOnlyAtExit: 0 };
      bySite.set(site ?? -1, a);
      this.allocOrder.push(a);
    }
    return a;
  }

  private state(storage: Storage, site: number | null = null): StState {
    let st = this.states.get(storage);
    if (st !== undefined) return st;
    const detailed = this.detailCount < this.opts.detailLimit;
    if (detailed) this.detailCount++;
    const alloc = this.allocation(site, storage.dtype);
    alloc.storages++;
    alloc.bytes += storage.bytes;
    st = {
      id: this.nextId++,
      storage,
      dtype: storage.dtype,
      length: storage.length,
      site,
      alloc,
      shadow: null,
      writes: new Map(),
      handles: new Map(),
      retired: new Map(),
      handleOrder: [],
      handlesTruncated: false,
      refLast: storage.refcount,
      handlesLast: storage.handles,
      peak: storage.refcount,
      series: detailed ? [] : null,
      seriesTruncated: false,
      edges: new Map(),
      detailed,
      released: null,
    };
    this.states.set(storage, st);
    return st;
  }

  private handleInfo(st: StState, handle: NDArray): HandleInfo {
    let h = st.handles.get(handle.handleId);
    if (h === undefined) h = this.addHandle(st, handle, null);
    return h;
  }

  private addHandle(st: StState, handle: NDArray, site: number | null): HandleInfo {
    let kind: "owner" | "view" = "owner";
    try {
      kind = handle.base === null ? "owner" : "view";
    } catch {
      /* disposed: keep owner */
    }
    const key = ((site ?? -1) + 1) * 2 + (kind === "view" ? 1 : 0);
    let g = this.handleGroups.get(key);
    if (g === undefined) {
      g = { site, kind, created: 0, disposed: 0, reclaimed: 0 };
      this.handleGroups.set(key, g);
    }
    g.created++;
    const h: HandleInfo = { id: handle.handleId, kind, site, disposedAt: undefined, reclaimed: false, wrote: false, group: g };
    st.handles.set(h.id, h);
    if (st.detailed) {
      if (st.handleOrder.length < this.opts.handleLimit) st.handleOrder.push(h.id);
      else st.handlesTruncated = true;
    }
    this.handleStorage.set(handle, st.storage);
    return h;
  }

  /** Drops a handle's record once it is gone (disposed or reclaimed), keeping its creation site a while if it wrote. */
  private forgetHandle(st: StState, h: HandleInfo): void {
    if (st.detailed && st.handleOrder.includes(h.id)) return;
    st.handles.delete(h.id);
    if (h.wrote) {
      st.retired.set(h.id, h.site);
      if (st.retired.size > 256) st.retired.delete(st.retired.keys().next().value!);
    }
  }

  /**
   * Records reads through `handle` of elements other sites or handles wrote,
   * at `site`, or when null at the read's own site (`flags` as `read` got them).
   */
  private observe(st: StState, handle: NDArray, region: Region, site: number | null, flags: number): void {
    const shadow = st.shadow;
    if (shadow === null) return;
    if (typeof region === "number") {
      // one element (an element loop's `get`): no allocation
      const key = shadow.scanOne(region, handle.handleId);
      if (key < 0) return;
      const readSite = site === null ? this.capture(TraceRecorder.prototype.read, flags) : site;
      const lo = this.lastObs;
      // an element loop reads what one site wrote, through one handle, at one site: the last observation again
      if (lo !== null && lo.st === st && lo.key === key && lo.readSite === readSite && lo.reader.id === handle.handleId) {
        lo.o.count++;
        return;
      }
      this.observed(st, this.handleInfo(st, handle), key, 1, shadow.lastWriter, readSite);
      return;
    }
    const groups = shadow.scan(region, handle.handleId);
    if (groups === null) return;
    const readSite = site === null ? this.capture(TraceRecorder.prototype.read, flags) : site;
    const reader = this.handleInfo(st, handle);
    for (const [key, g] of groups) this.observed(st, reader, key, g.n, g.writer, readSite);
  }

  /** Records that `reader` read `n` elements with writer key `key` (see `Shadow.scan`), last written through handle `writer`. */
  private observed(st: StState, reader: HandleInfo, key: number, n: number, writer: number, readSite: number): void {
    const lo = this.lastObs;
    if (lo !== null && lo.st === st && lo.key === key && lo.readSite === readSite && lo.reader === reader) {
      lo.o.count++;
      if (n > lo.o.elements) lo.o.elements = n;
      return;
    }
    const wsIdx = (key >> 1) - 1;
    const same = (key & 1) === 1;
    const rec = st.writes.get(wsIdx);
    if (rec !== undefined) rec.observed = true;
    if (readSite < 0 || (same && wsIdx === readSite)) return;
    const okey = (wsIdx * 0x4000000 + readSite) * 2 + (same ? 1 : 0);
    let o = this.obs.get(okey);
    if (o === undefined) {
      o = {
        write: wsIdx,
        read: readSite,
        through: same ? "same-handle" : "other-handle",
        count: 1,
        elements: n,
        refcount: st.storage.refcount,
        readerCreated: reader.site,
        writerCreated: st.handles.get(writer)?.site ?? st.retired.get(writer) ?? null,
      };
      this.obs.set(okey, o);
    } else {
      o.count++;
      if (n > o.elements) o.elements = n;
    }
    // the next read of this key repeats all of the above but the count (its write record is marked observed)
    this.lastObs = { st, key, readSite, reader, o };
  }

  // ------------------------------------------------------------ RuntimeTracer

  storageCreated(storage: Storage, flags = 0): void {
    this.seq++;
    this.pendingStore = null;
    if ((flags & SAME_OP) === 0) this.opSite = undefined;
    if (this.collectorFreed.length > 256) this.foldCollected();
    const site = this.capture(TraceRecorder.prototype.storageCreated, flags);
    this.lastCreated = this.state(storage, site < 0 ? null : site);
  }

  handleCreated(handle: NDArray): void {
    this.seq++;
    this.pendingStore = null;
    const st = this.state(handle.storage);
    // the owner of a storage just allocated was made by the same call: reuse its site
    const first = this.lastCreated === st && st.handles.size === 0;
    this.lastCreated = null;
    if (!first) this.opSite = undefined;
    const site = first ? (st.site ?? -1) : this.capture(TraceRecorder.prototype.handleCreated);
    this.addHandle(st, handle, site < 0 ? null : site);
  }

  write(handle: NDArray, region: Region, flags = 0): void {
    this.seq++;
    this.pendingStore = null;
    if ((flags & SAME_OP) === 0) this.opSite = undefined;
    const st = this.state(handle.storage);
    const site = this.capture(TraceRecorder.prototype.write, flags);
    // in-place arithmetic and sort read the values they replace
    if ((flags & READS_OLD) !== 0) this.observe(st, handle, region, site < 0 ? -1 : site, flags);
    const n = regionSize(region);
    st.shadow ??= new Shadow(st.length, this.opts.shadowRuns);
    st.shadow.write(region, site + 1, handle.handleId);
    if (site < 0) return;
    let lw = this.lastWrite;
    // an element loop writes through one handle from one site: the records of the last write
    if (lw === null || lw.st !== st || lw.site !== site || lw.hid !== handle.handleId) {
      this.handleInfo(st, handle).wrote = true;
      let w = st.writes.get(site);
      if (w === undefined) {
        w = { count: 0, elements: 0, observed: false };
        st.writes.set(site, w);
      }
      let agg = this.writeRecs.get(site);
      if (agg === undefined) {
        agg = { site, count: 0, elements: 0, maxRefcount: 0, storages: 0, readAfter: 0, unread: 0 };
        this.writeRecs.set(site, agg);
      }
      lw = this.lastWrite = { st, site, hid: handle.handleId, w, agg };
    }
    const { w, agg } = lw;
    w.count++;
    w.elements += n;
    agg.count++;
    agg.elements += n;
    if (st.storage.refcount > agg.maxRefcount) agg.maxRefcount = st.storage.refcount;
    if (st.dtype === "object") this.pendingStore = { st, site };
  }

  read(handle: NDArray, region: Region, flags = 0): void {
    this.seq++;
    this.pendingStore = null;
    if ((flags & SAME_OP) === 0) this.opSite = undefined;
    const st = this.states.get(handle.storage);
    if (st === undefined || st.shadow === null) return;
    this.observe(st, handle, region, null, flags);
  }

  disposed(handle: NDArray): void {
    this.seq++;
    this.pendingStore = null;
    this.opSite = undefined;
    const st = this.state(handle.storage);
    const h = this.handleInfo(st, handle);
    // the disposal site appears only in storage details: skip the stack walk otherwise
    const site = st.detailed ? this.capture(TraceRecorder.prototype.disposed) : -1;
    h.disposedAt = site < 0 ? null : site;
    h.group.disposed++;
    this.forgetHandle(st, h);
  }

  handleReclaimed(storage: Storage, handleId: number): void {
    this.seq++;
    this.opSite = undefined;
    const st = this.states.get(storage);
    if (st === undefined) return;
    const h = st.handles.get(handleId);
    if (h === undefined) return;
    h.reclaimed = true;
    h.group.reclaimed++;
    this.forgetHandle(st, h);
  }

  refcountChanged(storage: Storage): void {
    this.seq++;
    const st = this.state(storage);
    const rc = storage.refcount;
    const hc = storage.handles;
    const p = this.pendingStore;
    // a reference that is not a handle appeared during an object-array write: that write stored this array
    if (p !== null && rc > st.refLast && hc === st.handlesLast) {
      const key = `${p.site}\u0000${st.id}`;
      const e = p.st.edges.get(key);
      if (e === undefined) p.st.edges.set(key, { site: p.site, target: st, count: 1 });
      else e.count++;
      let rec = this.storeRecs.get(p.site);
      if (rec === undefined) {
        rec = { site: p.site, count: 0, self: 0, cycleKept: 0 };
        this.storeRecs.set(p.site, rec);
      }
      rec.count++;
      if (st === p.st) rec.self++;
    }
    st.refLast = rc;
    st.handlesLast = hc;
    if (rc > st.peak) st.peak = rc;
    if (st.series !== null) {
      if (st.series.length < this.opts.seriesLimit) st.series.push([this.seq, rc]);
      else st.seriesTruncated = true;
    }
  }

  storageReleased(storage: Storage, byCollector: boolean): void {
    this.seq++;
    this.pendingStore = null;
    this.opSite = undefined;
    const st = this.states.get(storage);
    if (st === undefined) return;
    const site = st.detailed ? this.capture(TraceRecorder.prototype.storageReleased) : -1;
    st.released = { byCollector, site: site < 0 ? null : site };
    this.states.delete(storage);
    if (this.lastWrite?.st === st) this.lastWrite = null;
    if (this.lastObs?.st === st) this.lastObs = null;
    st.alloc.released++;
    if (byCollector) st.alloc.freedByCollector++;
    if (st.peak > st.alloc.peakRefcount) st.alloc.peakRefcount = st.peak;
    this.foldWrites(st, this.writeRecs);
    st.shadow = null;
    if (st.detailed) this.releasedDetails.push(this.detail(st, false, false));
    else this.omitted++;
    if (byCollector && st.edges.size > 0) this.collectorFreed.push(st);
    st.edges = byCollector ? st.edges : new Map();
    st.handles.clear();
    st.retired.clear();
  }

  wrapData(handle: NDArray, data: Storage["data"]): Storage["data"] {
    const cached = this.proxies.get(handle);
    if (cached !== undefined && cached.target === data) return cached.proxy as Storage["data"];
    const tracer = this;
    const whole = (): Layout => ({ shape: [data.length], strides: [1], offset: 0 });
    const isIndex = (p: string | symbol): p is string => typeof p === "string" && /^(?:0|[1-9]\d*)$/.test(p);
    const proxy = new Proxy(data as object, {
      get(target, prop) {
        if (isIndex(prop)) {
          const i = Number(prop);
          if (i < data.length) tracer.read(handle, i);
          return (target as Record<string, unknown>)[prop];
        }
        const v = Reflect.get(target, prop, target) as unknown;
        if (typeof v !== "function") return v;
        const name = typeof prop === "string" ? prop : "";
        return function (this: unknown, ...args: unknown[]): unknown {
          if (MUTATORS.has(name)) tracer.write(handle, whole());
          else tracer.read(handle, whole());
          const r = (v as (...a: unknown[]) => unknown).apply(this === proxy ? target : this, args);
          return r === target ? proxy : r;
        };
      },
      set(target, prop, value) {
        if (isIndex(prop)) {
          const i = Number(prop);
          if (i < data.length) tracer.write(handle, i);
        }
        return Reflect.set(target, prop, value, target);
      },
    });
    this.proxies.set(handle, { target: data, proxy });
    registerDataProxy(proxy, data);
    return proxy as Storage["data"];
  }

  // ------------------------------------------------------------ results

  /** Adds a storage's per-site write outcomes to `into` (read afterwards or never read). */
  private foldWrites(st: StState, into: Map<number, WriteRecord>): void {
    for (const [site, w] of st.writes) {
      const agg = into.get(site);
      if (agg === undefined) continue;
      agg.storages++;
      if (w.observed) agg.readAfter++;
      else agg.unread++;
    }
  }

  private detail(st: StState, aliveAtExit: boolean, cycleOnly: boolean): StorageDetail {
    return {
      id: st.id,
      dtype: st.dtype,
      length: st.length,
      site: st.site,
      handles: st.handleOrder.map((id) => {
        const h = st.handles.get(id);
        return h === undefined
          ? { id, kind: "owner" as const, site: null }
          : {
              id,
              kind: h.kind,
              site: h.site,
              ...(h.disposedAt !== undefined ? { disposedAt: h.disposedAt } : {}),
              ...(h.reclaimed ? { reclaimed: true } : {}),
            };
      }),
      handlesTruncated: st.handlesTruncated,
      refcount: { peak: st.peak, final: st.released !== null ? 0 : st.storage.refcount, series: st.series ? st.series.slice() : [], truncated: st.seriesTruncated },
      writes: [...st.writes].map(([site, w]) => ({ site, count: w.count, elements: w.elements, read: w.observed })),
      stores: [...st.edges.values()].map((e) => ({ site: e.site, target: e.target.id })),
      released: st.released,
      aliveAtExit,
      cycleOnlyAtExit: cycleOnly,
    };
  }

  /**
   * Storages alive only through reference cycles (an analysis; frees nothing). CPython's: subtract
   * the references object storages hold, then everything still referenced from outside is
   * reachable, and reachability follows object contents.
   *
   * Unlike `collect()`, a live handle that is itself stored in an object array counts as held by
   * that array, not by the program: the array keeps the handle from the JS collector, so only
   * `dispose()` could end it. A tree of object arrays linked both ways (`node.set(i, child);
   * child.set(PARENT, node)`) whose root was disposed is then alive only through its links, as
   * it would be in CPython once the local names are gone. (`collect()` cannot assume this: the
   * program may still use such a handle. So here a cycle also counts when the program still holds
   * one of its arrays: the store made a cycle that would outlive that name.) Storages the runtime's
   * own analysis (`unreachable`) finds are added.
   */
  private cycleOnly(): Set<StState> {
    const out = new Set<StState>();
    if (this.opts.unreachable !== undefined) {
      for (const s of this.opts.unreachable()) {
        const st = this.states.get(s);
        if (st !== undefined) out.add(st);
      }
    }
    const gcRefs = new Map<StState, number>();
    const held = (v: unknown): StState | undefined => {
      if (typeof v !== "object" || v === null) return undefined;
      const s = this.handleStorage.get(v);
      return s === undefined ? undefined : this.states.get(s);
    };
    for (const st of this.states.values()) if (st.dtype === "object") gcRefs.set(st, st.storage.refcount);
    const storedHandles = new Set<object>();
    for (const st of [...gcRefs.keys()]) {
      for (const v of st.storage.data as unknown[]) {
        const t = held(v);
        if (t === undefined) continue;
        let refs = (gcRefs.get(t) ?? t.storage.refcount) - 1;
        // the handle's own reference, once however many arrays hold it
        if (!storedHandles.has(v as object) && t.handles.has((v as NDArray).handleId)) {
          storedHandles.add(v as object);
          refs--;
        }
        gcRefs.set(t, refs);
      }
    }
    const reachable = new Set<StState>();
    const stack: StState[] = [];
    for (const [st, n] of gcRefs) if (n > 0) (reachable.add(st), stack.push(st));
    while (stack.length > 0) {
      const st = stack.pop()!;
      if (st.dtype !== "object") continue;
      for (const v of st.storage.data as unknown[]) {
        const t = held(v);
        if (t !== undefined && !reachable.has(t)) (reachable.add(t), stack.push(t));
      }
    }
    for (const st of gcRefs.keys()) if (!reachable.has(st)) out.add(st);
    return out;
  }

  /**
   * Counts the cycle-closing stores among storages `collect()` freed and
   * forgets those storages (a long run that keeps collecting cycles stays
   * small). Called between operations, never during a `collect()`: a cycle
   * is freed as a whole, so every storage it links is already in the list.
   */
  private foldCollected(): void {
    const freed = new Set(this.collectorFreed);
    for (const st of this.collectorFreed) {
      for (const e of st.edges.values()) {
        if (!freed.has(e.target) || !reachesVia(e.target, st, (x) => freed.has(x))) continue;
        this.foldedKept.set(e.site, (this.foldedKept.get(e.site) ?? 0) + e.count);
      }
    }
    this.collectorFreed = [];
  }

  /** Storages currently alive (not released). */
  get liveStorages(): number {
    return this.states.size;
  }

  /**
   * The trace so far, as written to a trace file. Does not change the
   * recorder: storages alive now are reported as alive at exit.
   */
  snapshot(run?: Partial<TraceRun>): TraceFile {
    const cyc = this.cycleOnly();
    const allocs = new Map<Allocation, Allocation>();
    for (const a of this.allocOrder) allocs.set(a, { ...a });
    const writes = new Map<number, WriteRecord>();
    for (const [k, w] of this.writeRecs) writes.set(k, { ...w });
    const storages: StorageDetail[] = this.releasedDetails.slice();
    let omitted = this.omitted;
    let extra = 0;
    for (const st of this.states.values()) {
      const a = allocs.get(st.alloc)!;
      a.aliveAtExit++;
      if (cyc.has(st)) a.cycleOnlyAtExit++;
      if (st.peak > a.peakRefcount) a.peakRefcount = st.peak;
      this.foldWrites(st, writes);
      if (st.detailed || extra < 1000) {
        if (!st.detailed) extra++;
        storages.push(this.detail(st, true, cyc.has(st)));
      } else omitted++;
    }
    // stores that closed a cycle (the stored array leads back to the container through stores) whose
    // storages then stayed alive only through cycles, or needed collect()
    const kept = (st: StState): boolean => cyc.has(st) || (st.released !== null && st.released.byCollector);
    const keptStates = [...this.states.values(), ...this.collectorFreed].filter(kept);
    const stores = new Map<number, StoreRecord>();
    for (const [k, s] of this.storeRecs) stores.set(k, { ...s, cycleKept: this.foldedKept.get(k) ?? 0 });
    for (const st of keptStates) {
      for (const e of st.edges.values()) {
        if (!kept(e.target) || !reachesVia(e.target, st, kept)) continue;
        const rec = stores.get(e.site);
        if (rec !== undefined) rec.cycleKept += e.count;
      }
    }
    storages.sort((x, y) => x.id - y.id);
    const sites: TraceSite[] = this.sites.sites.map((s: Site) => annotate(s));
    const ended = new Date();
    return {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      tool: { name: "ndalias", version: this.opts.toolVersion },
      runs: [
        {
          pid: process.pid,
          argv: process.argv.slice(),
          cwd: process.cwd(),
          startedAt: this.startedAt.toISOString(),
          endedAt: ended.toISOString(),
          reason: "snapshot",
          exitCode: null,
          siteLookups: { ...this.lookups },
          ...run,
        },
      ],
      sites,
      allocations: [...allocs.values()],
      handles: [...this.handleGroups.values()].map((g) => ({ ...g })),
      writes: [...writes.values()],
      observations: [...this.obs.values()].map((o) => ({ ...o })),
      stores: [...stores.values()],
      storages,
      storagesOmitted: omitted,
    };
  }
}

/** True when `to` is reachable from `from` through store edges among states accepted by `ok`. */
function reachesVia(from: StState, to: StState, ok: (st: StState) => boolean): boolean {
  const seen = new Set<StState>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x === to) return true;
    for (const e of x.edges.values()) {
      if (!seen.has(e.target) && ok(e.target)) {
        seen.add(e.target);
        stack.push(e.target);
      }
    }
  }
  return false;
}

function annotate(s: Site): TraceSite {
  const out: TraceSite = { file: s.file, line: s.line, column: s.column };
  const text = sourceLine(s.file, s.line);
  if (text !== null) {
    const expr = receiverAt(text, s.column);
    if (expr !== null) out.expr = expr;
    const name = declaredNameAt(text, s.column);
    if (name !== null) out.name = name;
  }
  return out;
}

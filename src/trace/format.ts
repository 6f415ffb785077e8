/**
 * The trace file (format `ndalias-trace`, version 1): see docs/trace-format.md.
 * Everything is aggregated per site or per site pair, so its size grows with
 * the number of distinct source positions, not with the length of the run.
 */
import { readFileSync } from "node:fs";

export const TRACE_FORMAT = "ndalias-trace";
export const TRACE_VERSION = 1;

/** A source position in original coordinates (1-based line and column, absolute file). */
export interface TraceSite {
  file: string;
  line: number;
  column: number;
  /** The receiver of the call at this position (`prices` in `prices.tolist()`), when recognisable. */
  expr?: string;
  /** The variable a declaration at this position binds (`s` in `const s = a.slice(1)`), when recognisable. */
  name?: string;
}

/** One traced process. */
export interface TraceRun {
  pid: number;
  argv: string[];
  cwd: string;
  startedAt: string;
  endedAt: string;
  /** Why the trace was written: `exit` (normal or `process.exit`), `uncaughtException`, `signal`, `snapshot` (written on request). */
  reason: "exit" | "uncaughtException" | "signal" | "snapshot";
  exitCode: number | null;
  /**
   * How the tracer found the sites of runtime operations: from call-site marks
   * the trace loader put in the program (`marked`), or by walking the stack
   * (`walked`, some 2 µs each). Absent in traces of version 1 tools before it.
   */
  siteLookups?: { marked: number; walked: number };
}

/** Storages allocated at one site (null: before tracing started or inside the runtime). */
export interface Allocation {
  site: number | null;
  dtype: string;
  storages: number;
  bytes: number;
  /** Highest reference count any of these storages reached. */
  peakRefcount: number;
  /** Released because their count reached zero. */
  released: number;
  /** Freed by `collect()`. */
  freedByCollector: number;
  aliveAtExit: number;
  /** Alive at exit only because a reference cycle through object arrays holds them. */
  cycleOnlyAtExit: number;
}

/** Handles (owners or views) created at one site. */
export interface HandleGroup {
  site: number | null;
  kind: "owner" | "view";
  created: number;
  disposed: number;
  /** Reclaimed by the JS garbage collector without `dispose()`. */
  reclaimed: number;
}

/** The writes made at one site. */
export interface WriteRecord {
  site: number;
  /** Write operations. */
  count: number;
  /** Elements written, summed over operations. */
  elements: number;
  /** Highest reference count of the written storage at a write. */
  maxRefcount: number;
  /** Storages written here. */
  storages: number;
  /** Storages whose elements written here were read afterwards (any handle, any site). */
  readAfter: number;
  /** Storages whose elements written here were never read afterwards (overwritten, released, or alive at exit unread). */
  unread: number;
}

/**
 * Reads at `read` that observed elements last written at `write` — from a
 * different site, or through a different handle. `through` tells whether the
 * reading handle is the writing handle.
 */
export interface Observation {
  write: number;
  read: number;
  through: "same-handle" | "other-handle";
  /** Read operations that observed such elements. */
  count: number;
  /** Most elements written at `write` that one read observed. */
  elements: number;
  /** Reference count of the storage at the first such read. */
  refcount: number;
  /** Creation site of the reading handle (first such read). */
  readerCreated: number | null;
  /** Creation site of the writing handle (first such read). */
  writerCreated: number | null;
}

/** Arrays stored into object-dtype arrays at one site. */
export interface StoreRecord {
  site: number;
  /** Stores of an array (element writes whose new value is an NDArray). */
  count: number;
  /** Stores of an object array into itself. */
  self: number;
  /**
   * Stores that closed a reference cycle (the stored array leads back to the container through stores)
   * whose storages then stayed alive at exit only through cycles, or were freed by `collect()`.
   */
  cycleKept: number;
}

export interface RefcountSeries {
  peak: number;
  final: number;
  /** `[event sequence number, count]` after each change (capped). */
  series: [number, number][];
  truncated: boolean;
}

/** One storage in detail (kept for the first storages of a run and for notable ones). */
export interface StorageDetail {
  id: number;
  dtype: string;
  length: number;
  site: number | null;
  handles: { id: number; kind: "owner" | "view"; site: number | null; disposedAt?: number | null; reclaimed?: boolean }[];
  handlesTruncated: boolean;
  refcount: RefcountSeries;
  writes: { site: number; count: number; elements: number; read: boolean }[];
  /** Storage ids this (object) storage stored, with the storing site. */
  stores: { site: number; target: number }[];
  released: { byCollector: boolean; site: number | null } | null;
  aliveAtExit: boolean;
  cycleOnlyAtExit: boolean;
}

export interface TraceFile {
  format: typeof TRACE_FORMAT;
  version: typeof TRACE_VERSION;
  tool: { name: "ndalias"; version: string };
  runs: TraceRun[];
  sites: TraceSite[];
  allocations: Allocation[];
  handles: HandleGroup[];
  writes: WriteRecord[];
  observations: Observation[];
  stores: StoreRecord[];
  storages: StorageDetail[];
  /** Storages not kept in `storages` (summarised in the aggregates only). */
  storagesOmitted: number;
}

export class TraceFormatError extends Error {}

/**
 * Reads a JSON input file and validates it; every failure is an `error` naming the file and what it
 * should have been (`what` e.g. "trace file", `kind` e.g. "an ndalias trace").
 */
export function readJsonInput<T>(
  path: string, what: string, kind: string, validate: (json: unknown) => T, error: new (message: string) => Error,
): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new error(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new error(`${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return validate(json);
  } catch (e) {
    throw new error(`${what} ${path} is not ${kind}: ${(e as Error).message}`);
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Checks the shape of a parsed trace file; throws TraceFormatError naming the problem. */
export function validateTrace(v: unknown): TraceFile {
  if (!isObj(v)) throw new TraceFormatError("not a JSON object");
  if (v["format"] !== TRACE_FORMAT) throw new TraceFormatError(`"format" is ${JSON.stringify(v["format"])}, expected "${TRACE_FORMAT}"`);
  if (v["version"] !== TRACE_VERSION) {
    throw new TraceFormatError(`unsupported trace version ${JSON.stringify(v["version"])} (this ndalias reads version ${TRACE_VERSION})`);
  }
  for (const k of ["runs", "sites", "allocations", "handles", "writes", "observations", "stores", "storages"]) {
    if (!Array.isArray(v[k])) throw new TraceFormatError(`"${k}" is missing or not an array`);
  }
  const sites = v["sites"] as unknown[];
  sites.forEach((s, i) => {
    if (!isObj(s) || typeof s["file"] !== "string" || typeof s["line"] !== "number" || typeof s["column"] !== "number") {
      throw new TraceFormatError(`sites[${i}] needs file, line and column`);
    }
  });
  const n = sites.length;
  const checkSite = (where: string, x: unknown, nullable: boolean): void => {
    if (nullable && x === null) return;
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x >= n) {
      throw new TraceFormatError(`${where} refers to site ${JSON.stringify(x)}, but there are ${n} sites`);
    }
  };
  (v["writes"] as unknown[]).forEach((w, i) => {
    if (!isObj(w)) throw new TraceFormatError(`writes[${i}] is not an object`);
    checkSite(`writes[${i}].site`, w["site"], false);
  });
  (v["observations"] as unknown[]).forEach((o, i) => {
    if (!isObj(o)) throw new TraceFormatError(`observations[${i}] is not an object`);
    checkSite(`observations[${i}].write`, o["write"], false);
    checkSite(`observations[${i}].read`, o["read"], false);
  });
  (v["stores"] as unknown[]).forEach((s, i) => {
    if (!isObj(s)) throw new TraceFormatError(`stores[${i}] is not an object`);
    checkSite(`stores[${i}].site`, s["site"], false);
  });
  return v as unknown as TraceFile;
}

export function emptyTrace(toolVersion: string): TraceFile {
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    tool: { name: "ndalias", version: toolVersion },
    runs: [],
    sites: [],
    allocations: [],
    handles: [],
    writes: [],
    observations: [],
    stores: [],
    storages: [],
    storagesOmitted: 0,
  };
}

/**
 * Merges traces (e.g. one per process of a traced command) into one: sites
 * are unified by position and aggregates with the same key are summed.
 */
export function mergeTraces(traces: readonly TraceFile[]): TraceFile {
  const out = emptyTrace(traces[0]?.tool.version ?? "0.0.0");
  const siteIdx = new Map<string, number>();
  const allocs = new Map<string, Allocation>();
  const handles = new Map<string, HandleGroup>();
  const writes = new Map<number, WriteRecord>();
  const obs = new Map<string, Observation>();
  const stores = new Map<number, StoreRecord>();
  let nextStorage = 0;
  for (const t of traces) {
    const remap = t.sites.map((s) => {
      const key = `${s.file}\u0000${s.line}\u0000${s.column}`;
      let i = siteIdx.get(key);
      if (i === undefined) {
        i = out.sites.length;
        siteIdx.set(key, i);
        out.sites.push({ ...s });
      }
      return i;
    });
    const m = (x: number | null): number | null => (x === null ? null : remap[x]!);
    const mm = (x: number): number => remap[x]!;
    out.runs.push(...t.runs);
    for (const a of t.allocations) {
      const site = m(a.site);
      const key = `${site}\u0000${a.dtype}`;
      const cur = allocs.get(key);
      if (cur === undefined) allocs.set(key, { ...a, site });
      else {
        cur.storages += a.storages;
        cur.bytes += a.bytes;
        cur.peakRefcount = Math.max(cur.peakRefcount, a.peakRefcount);
        cur.released += a.released;
        cur.freedByCollector += a.freedByCollector;
        cur.aliveAtExit += a.aliveAtExit;
        cur.cycleOnlyAtExit += a.cycleOnlyAtExit;
      }
    }
    for (const h of t.handles) {
      const site = m(h.site);
      const key = `${site}\u0000${h.kind}`;
      const cur = handles.get(key);
      if (cur === undefined) handles.set(key, { ...h, site });
      else {
        cur.created += h.created;
        cur.disposed += h.disposed;
        cur.reclaimed += h.reclaimed;
      }
    }
    for (const w of t.writes) {
      const site = mm(w.site);
      const cur = writes.get(site);
      if (cur === undefined) writes.set(site, { ...w, site });
      else {
        cur.count += w.count;
        cur.elements += w.elements;
        cur.maxRefcount = Math.max(cur.maxRefcount, w.maxRefcount);
        cur.storages += w.storages;
        cur.readAfter += w.readAfter;
        cur.unread += w.unread;
      }
    }
    for (const o of t.observations) {
      const write = mm(o.write);
      const read = mm(o.read);
      const key = `${write}\u0000${read}\u0000${o.through}`;
      const cur = obs.get(key);
      if (cur === undefined) {
        obs.set(key, { ...o, write, read, readerCreated: m(o.readerCreated), writerCreated: m(o.writerCreated) });
      } else {
        cur.count += o.count;
        cur.elements = Math.max(cur.elements, o.elements);
      }
    }
    for (const s of t.stores) {
      const site = mm(s.site);
      const cur = stores.get(site);
      if (cur === undefined) stores.set(site, { ...s, site });
      else {
        cur.count += s.count;
        cur.self += s.self;
        cur.cycleKept += s.cycleKept;
      }
    }
    const idBase = nextStorage;
    for (const d of t.storages) {
      out.storages.push({
        ...d,
        id: d.id + idBase,
        site: m(d.site),
        handles: d.handles.map((h) => ({
          ...h,
          site: m(h.site),
          ...(h.disposedAt !== undefined ? { disposedAt: m(h.disposedAt) } : {}),
        })),
        writes: d.writes.map((w) => ({ ...w, site: mm(w.site) })),
        stores: d.stores.map((s) => ({ site: mm(s.site), target: s.target + idBase })),
        released: d.released === null ? null : { byCollector: d.released.byCollector, site: m(d.released.site) },
      });
      nextStorage = Math.max(nextStorage, d.id + idBase);
    }
    out.storagesOmitted += t.storagesOmitted;
  }
  out.allocations = [...allocs.values()];
  out.handles = [...handles.values()];
  out.writes = [...writes.values()];
  out.observations = [...obs.values()];
  out.stores = [...stores.values()];
  return out;
}

// Unit tests of the trace recorder: what it records per storage, at which
// sites (vitest's source-mapped coordinates of this file), and how compactly.
import { afterEach, describe, expect, test } from "vitest";
import { array, collect, empty, refcount, zeros, type NDArray } from "../../src/index.js";
import { hooks, setTracer } from "../../src/runtime/hooks.js";
import { unreachableStorages } from "../../src/runtime/storage.js";
import { TraceRecorder, type RecorderOptions } from "../../src/trace/recorder.js";
import { mergeTraces, validateTrace, type TraceFile, type Observation } from "../../src/trace/format.js";

const FILE = new URL(import.meta.url).pathname;

/** The line of the caller (this file's original coordinates). */
function lineHere(): number {
  const stack = new Error().stack ?? "";
  const frames = stack.split("\n").filter((l) => l.includes(FILE));
  const m = /:(\d+):\d+\)?$/.exec(frames[1] ?? "");
  if (m === null) throw new Error(`no line in ${stack}`);
  return Number(m[1]);
}

function traced(fn: () => void, opts: RecorderOptions = {}): TraceFile {
  const rec = new TraceRecorder({ unreachable: unreachableStorages, ...opts });
  const prev = setTracer(rec);
  try {
    fn();
  } finally {
    setTracer(prev);
  }
  return rec.snapshot();
}

function lineOf(t: TraceFile, i: number | null): number {
  if (i === null) return -1;
  const s = t.sites[i]!;
  expect(s.file).toBe(FILE);
  return s.line;
}

function obsAt(t: TraceFile, writeLine: number, readLine: number): Observation[] {
  return t.observations.filter((o) => lineOf(t, o.write) === writeLine && lineOf(t, o.read) === readLine);
}

function writesAt(t: TraceFile, line: number) {
  return t.writes.filter((w) => lineOf(t, w.site) === line);
}

afterEach(() => {
  expect(hooks.tracer).toBeNull();
});

describe("observations", () => {
  test("a write read through another name on another line (same handle)", () => {
    let w = 0, r = 0;
    const t = traced(() => {
      const prices = array([1, 2, 3, 4]);
      const adjusted = prices;
      w = lineHere() + 1;
      adjusted.set(0, 100);
      r = lineHere() + 1;
      prices.tolist();
    });
    const o = obsAt(t, w, r);
    expect(o).toHaveLength(1);
    expect(o[0]!.through).toBe("same-handle");
    expect(o[0]!.elements).toBe(1);
    expect(o[0]!.refcount).toBe(1);
    expect(t.sites[o[0]!.read]!.expr).toBe("prices");
  });

  test("a write through a view read through the base is an other-handle observation with the view's refcount", () => {
    let made = 0, w = 0, r = 0;
    const t = traced(() => {
      made = lineHere() + 1;
      const a = array([1, 2, 3, 4, 5]);
      const s = a.slice("1:3");
      w = lineHere() + 1;
      s.fill(0);
      r = lineHere() + 1;
      a.sum();
    });
    const o = obsAt(t, w, r);
    expect(o).toHaveLength(1);
    expect(o[0]!.through).toBe("other-handle");
    expect(o[0]!.elements).toBe(2);
    expect(o[0]!.refcount).toBe(2);
    expect(lineOf(t, o[0]!.readerCreated)).toBe(made);
    expect(lineOf(t, o[0]!.writerCreated)).toBe(made + 1);
    expect(t.sites[o[0]!.writerCreated!]!.name).toBe("s");
  });

  test("reads of elements the write did not touch observe nothing (exact regions, strided views)", () => {
    let w = 0, rOdd = 0, rHit = 0;
    const t = traced(() => {
      const a = array([0, 1, 2, 3, 4, 5, 6, 7]);
      const evens = a.slice("::2");
      w = lineHere() + 1;
      evens.fill(-1);
      const odds = a.slice("1::2");
      rOdd = lineHere() + 1;
      odds.sum();
      a.slice("1:2").tolist();
      rHit = lineHere() + 1;
      a.slice("2:7").tolist();
    });
    expect(obsAt(t, w, rOdd)).toHaveLength(0);
    expect(t.observations.filter((o) => lineOf(t, o.write) === w)).toHaveLength(1);
    const hit = obsAt(t, w, rHit);
    expect(hit).toHaveLength(1);
    expect(hit[0]!.elements).toBe(3); // elements 2, 4, 6
  });

  test("a read through a broadcast view counts each element once", () => {
    let w = 0, r = 0;
    const t = traced(() => {
      const a = array([1, 2]);
      const b = a;
      w = lineHere() + 1;
      b.set(0, 5);
      const wide = a.broadcastTo([4, 2]);
      r = lineHere() + 1;
      wide.sum();
    });
    const o = obsAt(t, w, r);
    expect(o).toHaveLength(1);
    expect(o[0]!.elements).toBe(1);
    expect(o[0]!.through).toBe("other-handle");
  });

  test("2-D views: a transposed write read through a row", () => {
    let w = 0, r = 0;
    const t = traced(() => {
      const m = array([[1, 2], [3, 4]]);
      const byCol = m.T;
      w = lineHere() + 1;
      byCol.set([1, 0], 9); // m[0, 1]
      r = lineHere() + 1;
      m.slice(0).tolist();
      m.slice(1).tolist();
    });
    const o = obsAt(t, w, r);
    expect(o).toHaveLength(1);
    expect(o[0]!.elements).toBe(1);
    expect(o[0]!.through).toBe("other-handle");
    expect(t.observations.filter((x) => lineOf(t, x.write) === w)).toHaveLength(1);
  });

  test("a read at the writing site through the writing handle is not an observation; a later overwrite hides the first write", () => {
    let w1 = 0, w2 = 0, r = 0;
    const t = traced(() => {
      const a = zeros(3);
      w1 = lineHere() + 1;
      for (let i = 0; i < 3; i++) a.iadd(1); // each iadd reads what the previous one wrote, same site and handle
      w2 = lineHere() + 1;
      a.fill(2);
      r = lineHere() + 1;
      a.sum();
    });
    expect(obsAt(t, w1, w1)).toHaveLength(0);
    expect(obsAt(t, w1, w2)).toHaveLength(0); // fill does not read
    expect(obsAt(t, w1, r)).toHaveLength(0);
    expect(obsAt(t, w2, r)).toHaveLength(1);
    expect(writesAt(t, w1)[0]).toMatchObject({ count: 3, elements: 9, readAfter: 1, unread: 0 });
  });

  test("writes and reads through .data (proxied while tracing) are recorded; TypedArray methods still work", () => {
    let w = 0, r = 0, f = 0;
    const t = traced(() => {
      const a = array([1, 2, 3]);
      const alias = a;
      w = lineHere() + 1;
      alias.data[1] = 7;
      r = lineHere() + 1;
      a.get(1);
      f = lineHere() + 1;
      a.data.fill(0);
      expect(a.tolist()).toEqual([0, 0, 0]);
      expect(a.data.length).toBe(3);
    });
    expect(obsAt(t, w, r)).toHaveLength(1);
    expect(writesAt(t, f)[0]!.elements).toBe(3);
  });
});

describe("writes: read afterwards or lost", () => {
  test("a write into a fresh copy that is never read is unread; one that is read is readAfter", () => {
    let lost = 0, kept = 0;
    const t = traced(() => {
      const a = array([1, 2, 3]);
      lost = lineHere() + 1;
      a.take([0, 2]).fill(0);
      const b = a.copy();
      kept = lineHere() + 1;
      b.fill(1);
      b.sum();
    });
    expect(writesAt(t, lost)[0]).toMatchObject({ count: 1, storages: 1, unread: 1, readAfter: 0 });
    expect(writesAt(t, kept)[0]).toMatchObject({ count: 1, storages: 1, unread: 0, readAfter: 1 });
  });

  test("in-place arithmetic reads the values it replaces (read-modify-write)", () => {
    let fill = 0, add = 0;
    const t = traced(() => {
      const c = zeros(2);
      fill = lineHere() + 1;
      c.fill(1);
      add = lineHere() + 1;
      c.iadd(1);
    });
    expect(writesAt(t, fill)[0]).toMatchObject({ readAfter: 1, unread: 0 });
    expect(writesAt(t, add)[0]).toMatchObject({ readAfter: 0, unread: 1 });
  });

  test("the hooks of one operation share one stack walk; the next operation never reuses its site", () => {
    let fill = 0, iadd = 0, add = 0, fresh = 0;
    const walks: number[] = [];
    const rec = new TraceRecorder({ unreachable: unreachableStorages });
    const walk = rec.sites.capture.bind(rec.sites);
    let n = 0;
    rec.sites.capture = (below) => (n++, walk(below));
    const prev = setTracer(rec);
    try {
      const a = zeros(4);
      const b = zeros(4);
      fill = lineHere() + 1;
      a.fill(1);
      n = 0;
      iadd = lineHere() + 1;
      b.iadd(a); // reads a (written at `fill`), writes b
      walks.push(n);
      n = 0;
      add = lineHere() + 1;
      b.add(a); // reads b and a, both written elsewhere, and makes a storage
      walks.push(n);
      n = 0;
      fresh = lineHere() + 1;
      zeros(4).add(a); // zeros: its own operation; add: the first read observes nothing, the second does
      walks.push(n);
    } finally {
      setTracer(prev);
    }
    expect(walks).toEqual([1, 1, 2]);
    const t = rec.snapshot();
    for (const [w, r] of [
      [fill, iadd],
      [iadd, add],
      [fill, add],
      [fill, fresh],
    ] as const) {
      expect(obsAt(t, w, r), `write at ${w} read at ${r}`).toHaveLength(1);
    }
    expect(t.allocations.filter((x) => lineOf(t, x.site) === add)).toHaveLength(1);
    // zeros(4) and the sum, at two columns of that line
    expect(t.allocations.filter((x) => lineOf(t, x.site) === fresh)).toHaveLength(2);
    expect(t.allocations.reduce((k, x) => k + x.storages, 0)).toBe(5);
  });
});

describe("lifetime", () => {
  test("handles, disposals and the refcount series of one storage", () => {
    let made = 0;
    const t = traced(() => {
      made = lineHere() + 1;
      const a = array([1, 2, 3]);
      const v = a.slice(":");
      expect(refcount(a)).toBe(2);
      v.dispose();
      a.dispose();
    });
    const d = t.storages.find((s) => lineOf(t, s.site) === made)!;
    expect(d.refcount.series.map(([, n]) => n)).toEqual([1, 2, 1, 0]);
    expect(d.refcount.peak).toBe(2);
    expect(d.released).toMatchObject({ byCollector: false });
    expect(lineOf(t, d.released!.site)).toBe(made + 4);
    expect(d.handles.map((h) => h.kind)).toEqual(["owner", "view"]);
    expect(d.handles.map((h) => lineOf(t, h.disposedAt ?? null))).toEqual([made + 4, made + 3]);
    expect(d.aliveAtExit).toBe(false);
    const groups = t.handles.filter((g) => lineOf(t, g.site) === made || lineOf(t, g.site) === made + 1);
    expect(groups.map((g) => [g.kind, g.created, g.disposed])).toEqual([["owner", 1, 1], ["view", 1, 1]]);
  });

  test("a self-referencing object array disposed by its owner is alive at exit only through the cycle", () => {
    let made = 0, store = 0, other = 0;
    const t = traced(() => {
      made = lineHere() + 1;
      const o = empty(2, "object");
      store = lineHere() + 1;
      o.set(0, o);
      other = lineHere() + 1;
      o.set(1, zeros(2));
      o.dispose();
    });
    expect(t.stores.find((s) => lineOf(t, s.site) === store)).toMatchObject({ count: 1, self: 1, cycleKept: 1 });
    // the zeros(2) is held only by the cycle too, but storing it did not make the cycle
    expect(t.stores.find((s) => lineOf(t, s.site) === other)).toMatchObject({ count: 1, self: 0, cycleKept: 0 });
    const alloc = t.allocations.find((a) => lineOf(t, a.site) === made)!;
    expect(alloc).toMatchObject({ aliveAtExit: 1, cycleOnlyAtExit: 1, released: 0 });
    expect(t.storages.find((s) => lineOf(t, s.site) === made)!.cycleOnlyAtExit).toBe(true);
    collect(); // clean up the runtime after the snapshot
  });

  test("a cycle that collect() frees is recorded as freed by the collector; a plain store is not a kept cycle", () => {
    let store = 0, plain = 0, made = 0;
    const t = traced(() => {
      made = lineHere() + 1;
      const a = empty(1, "object");
      const b = empty(1, "object");
      store = lineHere() + 1;
      a.set(0, b); b.set(0, a);
      a.dispose();
      b.dispose();
      expect(collect()).toBe(2);
      const holder = empty(1, "object");
      plain = lineHere() + 1;
      holder.set(0, zeros(2));
      holder.dispose();
    });
    const onLine = t.stores.filter((s) => lineOf(t, s.site) === store);
    expect(onLine).toHaveLength(2); // two stores on that line, at two columns
    expect(onLine.map((s) => [s.count, s.self, s.cycleKept])).toEqual([[1, 0, 1], [1, 0, 1]]);
    expect(t.stores.find((s) => lineOf(t, s.site) === plain)).toMatchObject({ count: 1, cycleKept: 0 });
    expect(t.allocations.find((a) => lineOf(t, a.site) === made)).toMatchObject({ freedByCollector: 1, aliveAtExit: 0 });
  });

  test("many collected cycles are all counted (folded as the run goes)", () => {
    let store = 0;
    const t = traced(() => {
      for (let i = 0; i < 400; i++) {
        const a = empty(1, "object");
        store = lineHere() + 1;
        a.set(0, a);
        a.dispose();
        if (i % 50 === 49) expect(collect()).toBe(50);
      }
    });
    expect(t.stores.find((s) => lineOf(t, s.site) === store)).toMatchObject({ count: 400, self: 400, cycleKept: 400 });
  });

  test("without the runtime's unreachableStorages the recorder's own cycle analysis agrees", () => {
    const run = (opts: RecorderOptions) =>
      traced(() => {
        const o = empty(2, "object");
        o.set(0, o);
        const plain = empty(1, "object");
        plain.set(0, zeros(2)); // a container the program holds: neither it nor its content is cycle-only
        o.dispose();
        (globalThis as { __keep?: NDArray }).__keep = plain;
      }, opts);
    const withRuntime = run({ unreachable: unreachableStorages });
    const own = run({ unreachable: undefined });
    const summary = (t: TraceFile) => t.allocations.map((a) => [a.dtype, a.aliveAtExit, a.cycleOnlyAtExit]);
    expect(summary(own)).toEqual(summary(withRuntime));
    expect(summary(own)).toEqual([["object", 1, 1], ["object", 1, 0], ["float64", 1, 0]]);
    const g = globalThis as { __keep?: NDArray };
    g.__keep?.dispose();
    delete g.__keep;
    collect();
  });

  test("live handles stored in the cycle's own object arrays count as held by the cycle (collect() still keeps them)", () => {
    let link = 0, made = 0;
    const t = traced(() => {
      const grow = (depth: number): NDArray => {
        made = lineHere() + 1;
        const node = empty(3, "object");
        if (depth > 0) {
          for (let i = 0; i < 2; i++) {
            const child = grow(depth - 1);
            node.set(i, child);
            link = lineHere() + 1;
            child.set(2, node); // the parent link closes a cycle; `child` is never disposed
          }
        }
        return node;
      };
      const root = grow(2);
      root.dispose();
      // the runtime's collector cannot know that no name holds the children: it frees nothing
      expect(collect()).toBe(0);
    });
    expect(t.stores.find((s) => lineOf(t, s.site) === link)).toMatchObject({ count: 6, cycleKept: 6 });
    expect(t.allocations.find((a) => lineOf(t, a.site) === made)).toMatchObject({ aliveAtExit: 7, cycleOnlyAtExit: 7 });
  });

  test("a self-referencing array the program still holds is alive through its cycle", () => {
    let store = 0;
    const t = traced(() => {
      const keep = empty(1, "object");
      store = lineHere() + 1;
      keep.set(0, keep);
      (globalThis as { __keep?: NDArray }).__keep = keep;
    });
    expect(t.stores.find((s) => lineOf(t, s.site) === store)).toMatchObject({ count: 1, self: 1, cycleKept: 1 });
    const g = globalThis as { __keep?: NDArray };
    g.__keep?.dispose();
    delete g.__keep;
    collect();
  });
});

describe("size and cost", () => {
  test("a long loop keeps a small trace: aggregates per site pair, detail only for the first storages", () => {
    const t = traced(
      () => {
        const a = zeros(64);
        for (let i = 0; i < 5000; i++) {
          const win = a.slice(`${i % 60}:${(i % 60) + 4}`);
          win.set(0, i);
          a.sum();
          const tmp = a.add(1); // a new storage each time
          tmp.dispose();
          win.dispose();
        }
      },
      { detailLimit: 20 },
    );
    // the window write is read by a.sum() and by a.add(1): two read sites
    expect(t.observations).toHaveLength(2);
    expect(t.observations.map((o) => o.count)).toEqual([5000, 5000]);
    expect(t.sites.length).toBeLessThan(10);
    expect(t.storages.length).toBeLessThanOrEqual(21);
    expect(t.storagesOmitted).toBeGreaterThanOrEqual(4980);
    const viewGroup = t.handles.find((h) => h.kind === "view")!;
    expect(viewGroup).toMatchObject({ created: 5000, disposed: 5000 });
    expect(JSON.stringify(t).length).toBeLessThan(40_000);
  });

  test("when no tracer is installed nothing is recorded", () => {
    const rec = new TraceRecorder();
    setTracer(rec);
    setTracer(null);
    const a = array([1, 2]);
    const b = a;
    b.set(0, 3);
    a.sum();
    const t = rec.snapshot();
    expect(t.sites).toHaveLength(0);
    expect(t.writes).toHaveLength(0);
    expect(Object.getOwnPropertyDescriptor(a, "data")).toBeUndefined();
    expect(a.data).toBeInstanceOf(Float64Array); // no proxy when off
  });
});

describe("format", () => {
  test("snapshots validate, and merging two runs unifies sites and sums counts", () => {
    const run = () =>
      traced(() => {
        const a = array([1, 2, 3]);
        const b = a;
        b.set(0, 1);
        a.sum();
      });
    const t1 = validateTrace(JSON.parse(JSON.stringify(run())));
    const t2 = run();
    const m = mergeTraces([t1, t2]);
    expect(m.sites.length).toBe(t1.sites.length);
    expect(m.runs).toHaveLength(2);
    expect(m.observations).toHaveLength(1);
    expect(m.observations[0]!.count).toBe(2);
    expect(m.writes[0]!.count).toBe(2);
    expect(m.allocations[0]!.storages).toBe(2);
    expect(new Set(m.storages.map((s) => s.id)).size).toBe(m.storages.length);
  });

  test("validateTrace rejects other formats, versions and dangling site references", () => {
    const good = traced(() => {
      const a = zeros(2);
      a.fill(1);
      a.sum();
    });
    expect(() => validateTrace({ ...good, version: 2 })).toThrow(/version 2/);
    expect(() => validateTrace({ ...good, format: "x" })).toThrow(/format/);
    expect(() => validateTrace({ ...good, writes: [{ site: 99 }] })).toThrow(/site 99/);
    expect(() => validateTrace([])).toThrow(/object/);
  });
});

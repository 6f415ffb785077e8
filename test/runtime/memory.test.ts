import v8 from "node:v8";
import vm from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import {
  DisposedError, NDArray, arange, array, collect, full, hooks, memoryStats, ones, refcount,
  setTracer, unreachableStorages, zeros, type Layout, type RuntimeTracer, type Storage,
} from "../../src/index.js";

afterEach(() => {
  setTracer(null);
  collect();
});

describe("refcount and dispose", () => {
  it("every undisposed handle holds one reference", () => {
    const a = zeros(4);
    expect(refcount(a)).toBe(1);
    const v = a.slice("1:");
    const w = v.T;
    expect(refcount(a)).toBe(3);
    expect(refcount(v)).toBe(3);
    w.dispose();
    expect(refcount(a)).toBe(2);
    w.dispose(); // double dispose is harmless
    expect(refcount(a)).toBe(2);
    const c = a.copy();
    expect(refcount(c)).toBe(1);
    expect(refcount(a)).toBe(2);
  });

  it("use after dispose throws DisposedError from every method", () => {
    const a = arange(6).reshape(2, 3);
    a.dispose();
    const calls: Array<() => unknown> = [
      () => a.get(0, 0), () => a.tolist(), () => a.sum(), () => a.mean(), () => a.min(), () => a.max(),
      () => a.slice(0), () => a.T, () => a.transpose(), () => a.swapaxes(0, 1), () => a.flip(), () => a.squeeze(),
      () => a.expandDims(0), () => a.view(), () => a.diagonal(), () => a.broadcastTo([2, 3]), () => a.reshape(6),
      () => a.ravel(), () => a.copy(), () => a.flatten(), () => a.astype("int8"), () => a.take([0]),
      () => a.add(1), () => a.sub(1), () => a.mul(1), () => a.div(1), () => a.set([0, 0], 1), () => a.assign(":", 1),
      () => a.fill(1), () => a.iadd(1), () => a.isub(1), () => a.imul(1), () => a.idiv(1), () => a.sort(),
      () => a.data, () => a.flags, () => a.base,
    ];
    for (const f of calls) expect(f).toThrow(DisposedError);
    expect(() => zeros(2).add(a)).toThrow(DisposedError);
    expect(() => zeros([2, 3]).assign(":", a)).toThrow(DisposedError);
    expect(() => array([null], "object").set(0, a)).toThrow(DisposedError);
    expect(() => a.dispose()).not.toThrow();
  });

  it("disposing the owner keeps the memory alive for its views", () => {
    const a = arange(4);
    const v = a.slice("::2");
    a.dispose();
    expect(v.tolist()).toEqual([0, 2]);
    expect(refcount(v)).toBe(1);
    expect(() => a.sum()).toThrow(DisposedError);
    v.dispose();
    expect(refcount(v)).toBe(0);
  });

  it("Symbol.dispose makes `using` work", () => {
    const before = memoryStats().storages;
    let inner: NDArray | undefined;
    {
      using a = zeros(10);
      inner = a;
      expect(memoryStats().storages).toBe(before + 1);
    }
    expect(memoryStats().storages).toBe(before);
    expect(() => inner!.sum()).toThrow(DisposedError);
  });

  it("memoryStats counts storages, handles and bytes", () => {
    const s0 = memoryStats();
    const a = zeros(10); // 80 bytes
    const b = zeros(4, "int16"); // 8 bytes
    const v = a.slice("::2");
    const s1 = memoryStats();
    expect(s1.storages - s0.storages).toBe(2);
    expect(s1.handles - s0.handles).toBe(3);
    expect(s1.bytes - s0.bytes).toBe(88);
    a.dispose();
    expect(memoryStats().storages - s0.storages).toBe(2);
    v.dispose();
    b.dispose();
    const s2 = memoryStats();
    expect(s2.storages).toBe(s0.storages);
    expect(s2.handles).toBe(s0.handles);
    expect(s2.bytes).toBe(s0.bytes);
  });
});

describe("object arrays hold references", () => {
  it("storing retains, overwriting releases", () => {
    const a = zeros(3);
    const o = array([null, null], "object");
    o.set(0, a);
    expect(refcount(a)).toBe(2);
    o.set(1, a.slice("1:"));
    expect(refcount(a)).toBe(4); // a, the view handle, two object references
    expect(o.get(0)).toBe(a);
    o.set(0, 5);
    expect(refcount(a)).toBe(3);
    o.fill(null);
    expect(refcount(a)).toBe(2);
    o.assign(0, a); // a 0-d object target stores the array itself
    o.assign(1, a);
    expect(refcount(a)).toBe(4);
    expect(() => o.assign(":", a)).toThrow(/could not broadcast/); // a (3,) source into (2,), as NumPy
    expect(refcount(a)).toBe(4);
    o.dispose();
    expect(refcount(a)).toBe(2);
  });

  it("array([...]) and full() with arrays retain them; copies retain again", () => {
    const a = ones(2);
    const o = array([a, a]);
    expect(o.dtype).toBe("object");
    expect(refcount(a)).toBe(3);
    const c = o.copy();
    expect(refcount(a)).toBe(5);
    const f = full(3, a);
    expect(refcount(a)).toBe(8);
    c.dispose();
    f.dispose();
    o.dispose();
    expect(refcount(a)).toBe(1);
  });

  it("an array kept only by an object array stays usable until released", () => {
    const o = array([null], "object");
    const a = arange(3);
    o.set(0, a);
    a.dispose();
    expect(refcount(o.get(0) as NDArray)).toBe(1);
    const before = memoryStats().storages;
    o.dispose();
    expect(memoryStats().storages).toBe(before - 2);
  });
});

describe("collect(): CPython-style cycle collection", () => {
  it("frees a self-referencing object array after dispose", () => {
    const base = memoryStats().storages;
    const o = array([null, null], "object");
    o.set(0, o);
    expect(refcount(o)).toBe(2);
    o.dispose();
    expect(memoryStats().storages).toBe(base + 1);
    const s = o.storage;
    expect(unreachableStorages().has(s)).toBe(true);
    expect(collect()).toBe(1);
    expect(memoryStats().storages).toBe(base);
    expect(s.released).toBe(true);
    expect(collect()).toBe(0);
  });

  it("frees a two-array cycle p -> q -> p", () => {
    const base = memoryStats().storages;
    const p = array([null], "object");
    const q = array([null], "object");
    p.set(0, q);
    q.set(0, p);
    p.dispose();
    q.dispose();
    expect(memoryStats().storages).toBe(base + 2);
    expect(collect()).toBe(2);
    expect(memoryStats().storages).toBe(base);
  });

  it("keeps a cycle reachable from a live handle, and what it holds", () => {
    const base = memoryStats().storages;
    const p = array([null, null], "object");
    const q = array([null], "object");
    const leaf = arange(3);
    p.set(0, q);
    q.set(0, p);
    q.set(0, p);
    p.set(1, leaf);
    q.dispose();
    expect(unreachableStorages().size).toBe(0);
    expect(collect()).toBe(0);
    expect((p.get(0) as NDArray).storage.released).toBe(false); // q: its handle is disposed, its memory kept by p
    expect((p.get(1) as NDArray).tolist()).toEqual([0, 1, 2]);
    expect(refcount(leaf)).toBe(2);
    leaf.dispose();
    expect(collect()).toBe(0);
    p.dispose();
    // the cycle, and the leaf it holds, are now garbage
    expect(unreachableStorages().size).toBe(3);
    expect(collect()).toBe(3);
    expect(memoryStats().storages).toBe(base);
  });

  it("a cycle reachable only through a live view is kept", () => {
    const o = array([null, null], "object");
    o.set(0, o);
    const v = o.slice("1:");
    o.dispose();
    expect(collect()).toBe(0);
    expect(v.size).toBe(1);
    v.dispose();
    expect(collect()).toBe(1);
  });

  it("handles on collected storage throw DisposedError", () => {
    const p = array([null], "object");
    const q = array([null], "object");
    p.set(0, q);
    q.set(0, p);
    p.dispose();
    const inner = q.get(0) as NDArray;
    q.dispose();
    expect(collect()).toBe(2);
    expect(() => inner.get(0)).toThrow(DisposedError);
  });
});

describe("tracing hooks", () => {
  function recorder(): { events: string[]; tracer: RuntimeTracer } {
    const events: string[] = [];
    const region = (r: Layout | number): string =>
      typeof r === "number" ? `@${r}` : `(${r.shape.join(",")}|${r.strides.join(",")}|${r.offset})`;
    const tracer: RuntimeTracer = {
      storageCreated: (s: Storage) => events.push(`storage ${s.dtype}[${s.length}]`),
      handleCreated: (h: NDArray) => events.push(`handle ${h.shape.join("x")}`),
      write: (h: NDArray, r) => events.push(`write ${h.shape.join("x")} ${region(r)}`),
      read: (h: NDArray, r) => events.push(`read ${h.shape.join("x")} ${region(r)}`),
      disposed: (h: NDArray) => events.push(`disposed ${h.shape.join("x")}`),
      handleReclaimed: () => events.push("reclaimed"),
      refcountChanged: (s: Storage) => events.push(`refcount ${s.refcount}`),
      storageReleased: (_s: Storage, byCollector: boolean) => events.push(`released ${byCollector}`),
    };
    return { events, tracer };
  }

  it("reports storage, handle, write, read and release events", () => {
    const { events, tracer } = recorder();
    setTracer(tracer);
    expect(hooks.tracer).toBe(tracer);
    const a = zeros([2, 3]);
    expect(events).toEqual(["storage float64[6]", "refcount 1", "handle 2x3"]);
    events.length = 0;
    a.assign(":, 1", 5);
    // the assign target is an internal region, not a handle
    expect(events).toEqual(["write 2x3 (2|3|1)"]);
    events.length = 0;
    a.set([1, 2], 1);
    a.get(1, 2);
    expect(events).toEqual(["write 2x3 @5", "read 2x3 @5"]);
    events.length = 0;
    const b = ones(3);
    events.length = 0;
    a.iadd(b);
    expect(events).toEqual(["read 3 (3|1|0)", "write 2x3 (2,3|3,1|0)"]);
    events.length = 0;
    a.sum();
    b.tolist();
    expect(events).toEqual(["read 2x3 (2,3|3,1|0)", "read 3 (3|1|0)"]);
    events.length = 0;
    b.dispose();
    expect(events).toEqual(["disposed 3", "refcount 0", "released false"]);
    events.length = 0;
    const o = array([null], "object");
    o.set(0, o);
    o.dispose();
    events.length = 0;
    collect();
    expect(events).toContain("released true");
    setTracer(null);
    a.dispose();
  });

  it("reports reads of copies, arithmetic operands, take indices and assign sources", () => {
    const a = arange(6).reshape(2, 3);
    const b = arange(3);
    const idx = array([0, 1]);
    const { events, tracer } = recorder();
    setTracer(tracer);
    const only = (prefix: string): string[] => events.filter((e) => e.startsWith(prefix));
    a.copy();
    a.astype("int8");
    a.T.flatten();
    expect(only("read")).toEqual(["read 2x3 (2,3|3,1|0)", "read 2x3 (2,3|3,1|0)", "read 3x2 (3,2|1,3|0)"]);
    events.length = 0;
    a.add(b);
    expect(only("read")).toEqual(["read 2x3 (2,3|3,1|0)", "read 3 (3|1|0)"]);
    events.length = 0;
    a.take(idx, 1);
    expect(only("read")).toEqual(["read 2 (2|1|0)", "read 2x3 (2,3|3,1|0)"]);
    events.length = 0;
    a.assign("0", b);
    expect(only("read").concat(only("write"))).toEqual(["read 3 (3|1|0)", "write 2x3 (3|1|0)"]);
    events.length = 0;
    a.sort(0);
    a.fill(1);
    expect(only("write")).toEqual(["write 2x3 (2,3|3,1|0)", "write 2x3 (2,3|3,1|0)"]);
    expect(only("handle")).toEqual([]);
    events.length = 0;
    a.reshape(3, 2); // a view: a new handle, no read
    expect(only("handle")).toEqual(["handle 3x2"]);
    expect(only("read")).toEqual([]);
    setTracer(null);
  });

  it("data returns the tracer's wrapper when tracing, the raw buffer otherwise", () => {
    const a = zeros(2);
    const raw = a.data;
    const wrapped = new Float64Array(2);
    const { tracer } = recorder();
    setTracer({ ...tracer, wrapData: () => wrapped });
    expect(a.data).toBe(wrapped);
    setTracer(null);
    expect(a.data).toBe(raw);
  });
});

describe("FinalizationRegistry", () => {
  it("gives back the reference of a handle the GC reclaims without dispose", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const a = zeros(8);
    const make = (): void => {
      a.slice("1:");
      a.view();
    };
    make();
    expect(refcount(a)).toBe(3);
    for (let i = 0; i < 20 && refcount(a) > 1; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(refcount(a)).toBe(1);
  });

  it("nothing in the runtime keeps the buffer of an array dropped without dispose", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const base = memoryStats().storages;
    const refs: WeakRef<object>[] = [];
    const make = (): void => {
      for (let i = 0; i < 20; i++) {
        const a = zeros(1000);
        a.slice("::2").iadd(1);
        refs.push(new WeakRef(a.data as Float64Array));
      }
    };
    make();
    await new Promise((r) => setTimeout(r, 0)); // WeakRef targets are kept until the job ends
    gc();
    // the buffers are gone at once; the counts follow when the finalizers run
    expect(refs.every((r) => r.deref() === undefined)).toBe(true);
    for (let i = 0; i < 20 && memoryStats().storages > base; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(memoryStats().storages).toBeLessThanOrEqual(base);
  });
});

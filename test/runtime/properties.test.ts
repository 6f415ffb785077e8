/**
 * Property tests (fast-check) of the runtime's error contract: bad input
 * raises the specific typed error class, and a failed call leaves every
 * array unchanged (values, shape, strides, offset, dtype, flags of the
 * owner and all its views, snapshotted before and compared after).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DTypeError, DisposedError, IndexError, NDArray, ReadOnlyError, ShapeError, array, zeros,
  type DType,
} from "../../src/index.js";

type ErrorClass = new (...args: never[]) => Error;

// ------------------------------------------------------------------ a world of arrays

interface World {
  owner: NDArray;
  views: NDArray[];
  /** the read-only views among `views` */
  readonly: NDArray[];
}

const DTYPES: DType[] = ["float64", "float32", "int32", "int16", "int8", "uint8", "uint16", "uint32", "bool"];

const shapeArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 });

function fillValues(shape: number[], dtype: DType, seed: number): unknown {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff);
  const rec = (k: number): unknown =>
    k === shape.length
      ? dtype === "bool" ? next() % 2 === 0 : next() % 9
      : Array.from({ length: shape[k]! }, () => rec(k + 1));
  return rec(0);
}

const worldArb = fc
  .record({ shape: shapeArb, dtype: fc.constantFrom(...DTYPES), seed: fc.nat() })
  .map(({ shape, dtype, seed }): World => {
    const owner = array(fillValues(shape, dtype, seed) as never, dtype);
    const views: NDArray[] = [owner.T, owner.slice("::-1"), owner.flip()];
    const readonly: NDArray[] = [owner.broadcastTo([2, ...shape])];
    if (shape.length >= 2) readonly.push(owner.diagonal());
    views.push(...readonly);
    return { owner, views, readonly };
  });

interface Snap {
  list: string;
  shape: number[];
  strides: number[];
  offset: number;
  dtype: string;
  flags: string;
}

function snap(a: NDArray): Snap {
  return {
    list: JSON.stringify(a.tolist()),
    shape: [...a.shape],
    strides: [...a.strides],
    offset: a.offset,
    dtype: a.dtype,
    flags: JSON.stringify(a.flags),
  };
}

const all = (w: World): NDArray[] => [w.owner, ...w.views];

/** Runs `f`, expects it to throw exactly `cls` (by class and name), and every array of `w` unchanged. */
function expectFailsCleanly(w: World, cls: ErrorClass, f: () => unknown, skip: NDArray[] = []): void {
  const arrays = all(w).filter((a) => !skip.includes(a));
  const before = arrays.map(snap);
  let thrown: unknown = undefined;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected ${cls.name}`).toBeInstanceOf(cls);
  expect((thrown as Error).name).toBe(cls.name);
  expect((thrown as Error).message.length).toBeGreaterThan(10);
  expect(arrays.map(snap)).toEqual(before);
}

const RUNS = { numRuns: 150, seed: 424242 };

// ------------------------------------------------------------------ properties

describe("bad indices raise IndexError and change nothing", () => {
  it("get/set with an out-of-range index on some axis", () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.integer({ min: 0, max: 5 }), fc.boolean(), (w, pick, extra, neg) => {
        const a = all(w)[pick % all(w).length]!;
        const axis = pick % a.ndim;
        const idx = a.shape.map(() => 0);
        idx[axis] = neg ? -a.shape[axis]! - 1 - extra : a.shape[axis]! + extra;
        expectFailsCleanly(w, IndexError, () => a.get(...idx));
        if (a.flags.writeable) expectFailsCleanly(w, IndexError, () => a.set(idx, 1));
      }),
      RUNS,
    );
  });

  it("take with an out-of-range index (flat and along an axis)", () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 4 }), fc.boolean(), (w, pick, ok, neg) => {
        const a = w.owner;
        const axis = pick % a.ndim;
        const len = a.shape[axis]!;
        const bad = neg ? -len - 1 - (pick % 3) : len + (pick % 3);
        const inRange = ok.map((v) => ((v % len) + len) % len);
        expectFailsCleanly(w, IndexError, () => a.take([...inRange, bad], axis));
        const flatBad = neg ? -a.size - 1 : a.size;
        expectFailsCleanly(w, IndexError, () => a.take([...inRange, flatBad]));
      }),
      RUNS,
    );
  });

  it("too many indices in get, set and slice", () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.integer({ min: 1, max: 3 }), (w, pick, more) => {
        const a = all(w)[pick % all(w).length]!;
        const idx = Array.from({ length: a.ndim + more }, () => 0);
        expectFailsCleanly(w, IndexError, () => a.get(...idx));
        expectFailsCleanly(w, IndexError, () => a.slice(idx.join(", ")));
        expectFailsCleanly(w, IndexError, () => a.slice(...idx));
        if (a.flags.writeable) expectFailsCleanly(w, IndexError, () => a.set(idx, 0));
      }),
      RUNS,
    );
  });

  it("malformed slice specs", () => {
    const bad = fc.oneof(
      fc.constantFrom("1:2:3:4", "a", "1.5", "x:y", "::1.5", "..., ...", "1,,2", "0:1:2:3, 0", "1e3", "[0]", "--1", "0x1"),
      fc.tuple(fc.integer({ min: -5, max: 5 }), fc.constantFrom("b", "1.0", "::", "1:2:3:")).map(([i, s]) => `${i}:${s}`),
    );
    fc.assert(
      fc.property(worldArb, bad, (w, spec) => {
        expectFailsCleanly(w, IndexError, () => w.owner.slice(spec));
        expectFailsCleanly(w, IndexError, () => w.owner.assign(spec, 0));
      }),
      RUNS,
    );
  });

  it("zero slice steps", () => {
    fc.assert(
      fc.property(worldArb, fc.option(fc.integer({ min: -4, max: 4 })), fc.option(fc.integer({ min: -4, max: 4 })), (w, start, stop) => {
        const spec = `${start ?? ""}:${stop ?? ""}:0`;
        expectFailsCleanly(w, IndexError, () => w.owner.slice(spec));
        expectFailsCleanly(w, IndexError, () => w.owner.assign(spec, 1));
      }),
      RUNS,
    );
  });
});

describe("bad shapes raise ShapeError and change nothing", () => {
  it("impossible reshapes", () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 1, max: 5 }), fc.constantFrom("bigger", "two-unknown", "negative", "unknown-bad"), (w, k, kind) => {
        const a = w.views[0]!;
        const n = a.size;
        const target =
          kind === "bigger" ? [n + k]
          : kind === "two-unknown" ? [-1, -1]
          : kind === "negative" ? [-2 - k, -n]
          : [n + k + 1, -1];
        expectFailsCleanly(w, ShapeError, () => a.reshape(target));
      }),
      RUNS,
    );
  });

  it("incompatible broadcasts in broadcastTo, arithmetic, in-place ops and assign", () => {
    const wide = worldArb.filter((w) => w.owner.shape[w.owner.ndim - 1]! >= 2);
    fc.assert(
      fc.property(wide, fc.integer({ min: 1, max: 3 }), (w, k) => {
        const a = w.owner;
        // last axis of length len + k (len >= 2, so neither 1 nor len): incompatible
        const bad = [...a.shape.slice(0, -1), a.shape[a.ndim - 1]! + k];
        const other = zeros(bad, a.dtype);
        expectFailsCleanly(w, ShapeError, () => a.broadcastTo(bad));
        expectFailsCleanly(w, ShapeError, () => a.add(other));
        expectFailsCleanly(w, ShapeError, () => a.iadd(other));
        expectFailsCleanly(w, ShapeError, () => a.assign("...", other));
        other.dispose();
      }),
      RUNS,
    );
  });
});

describe("writes to read-only views raise ReadOnlyError through every method", () => {
  it("set, assign, fill, iadd, isub, imul, idiv, sort", () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), (w, pick) => {
        const r = w.readonly[pick % w.readonly.length]!;
        expect(r.flags.writeable).toBe(false);
        const zero = r.shape.map(() => 0);
        expectFailsCleanly(w, ReadOnlyError, () => r.set(zero, 1));
        expectFailsCleanly(w, ReadOnlyError, () => r.assign("...", 1));
        expectFailsCleanly(w, ReadOnlyError, () => r.fill(1));
        expectFailsCleanly(w, ReadOnlyError, () => r.iadd(1));
        expectFailsCleanly(w, ReadOnlyError, () => r.isub(1));
        expectFailsCleanly(w, ReadOnlyError, () => r.imul(2));
        expectFailsCleanly(w, ReadOnlyError, () => r.idiv(1));
        expectFailsCleanly(w, ReadOnlyError, () => r.sort());
        // views of read-only views are read-only too
        const v = r.slice("...");
        expectFailsCleanly(w, ReadOnlyError, () => v.fill(0));
        v.dispose();
      }),
      RUNS,
    );
  });
});

describe("bad dtypes raise DTypeError and change nothing", () => {
  const unknown = fc.constantFrom("int64", "float16", "complex128", "Float64", "", "str", "uint64", "double");
  it("unknown dtype names in creation and astype", () => {
    fc.assert(
      fc.property(worldArb, unknown, (w, dt) => {
        expectFailsCleanly(w, DTypeError, () => zeros(w.owner.shape as number[], dt as DType));
        expectFailsCleanly(w, DTypeError, () => array([1, 2], dt as DType));
        expectFailsCleanly(w, DTypeError, () => w.owner.astype(dt as DType));
      }),
      RUNS,
    );
  });

  it("out-of-range integers into integer arrays", () => {
    const intWorld = worldArb.filter((w) => /int/.test(w.owner.dtype));
    fc.assert(
      fc.property(intWorld, fc.integer({ min: 1, max: 1000 }), (w, k) => {
        const a = w.owner;
        const big = a.dtype.startsWith("uint") ? -k : 2 ** 32 + k;
        expectFailsCleanly(w, DTypeError, () => a.set(a.shape.map(() => 0), big));
        expectFailsCleanly(w, DTypeError, () => a.fill(big));
        expectFailsCleanly(w, DTypeError, () => a.assign("...", big));
      }),
      RUNS,
    );
  });
});

describe("use after dispose raises DisposedError and changes nothing else", () => {
  it("every method of a disposed view", () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), (w, pick) => {
        const writable = w.views.filter((v) => v.flags.writeable);
        const d = writable[pick % writable.length]!;
        d.dispose();
        const zero = d.shape.map(() => 0);
        const calls: (() => unknown)[] = [
          () => d.get(...zero), () => d.tolist(), () => d.sum(), () => d.slice("..."), () => d.T, () => d.copy(),
          () => d.reshape(-1), () => d.add(1), () => d.set(zero, 1), () => d.fill(0), () => d.iadd(1),
          () => d.assign("...", 0), () => d.sort(), () => d.flags, () => d.base, () => d.data,
          () => w.owner.iadd(d),
        ];
        for (const f of calls) expectFailsCleanly(w, DisposedError, f, [d]);
      }),
      { numRuns: 60, seed: 99 },
    );
  });

  it("a disposed owner: its own methods fail, its live views keep working and unchanged", () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const o = w.owner;
        const views = w.views;
        const before = views.map(snap);
        o.dispose();
        const rest: World = { owner: views[0]!, views: views.slice(1), readonly: [] };
        expectFailsCleanly(rest, DisposedError, () => o.fill(0));
        expectFailsCleanly(rest, DisposedError, () => o.tolist());
        expect(views.map(snap)).toEqual(before);
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

describe("regressions found by the NumPy differential test", () => {
  // NDALIAS_DIFF_SEED=344: a bool `imul` through an empty [3, 0, 2] view cleared 6 elements of the base.
  it("an in-place op on an empty view writes nothing (every dtype, any strides)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...DTYPES),
        fc.nat(),
        fc.array(fc.constantFrom(":", "::-1", "::2", "::3", "1:", "::-2"), { minLength: 4, maxLength: 4 }),
        fc.constantFrom("iadd", "imul", "fill", "assign"),
        (shape, dtype, pick, specs, op) => {
          const owner = array(fillValues(shape, dtype, pick) as never, dtype);
          const w: World = { owner, views: [], readonly: [] };
          const axis = pick % shape.length;
          const empty = owner.slice(...shape.map((_, k) => (k === axis ? "0:0" : specs[k]!)));
          expect(empty.size).toBe(0);
          const before = snap(owner);
          if (op === "iadd") empty.iadd(empty);
          else if (op === "imul") empty.imul(empty);
          else if (op === "fill") empty.fill(1);
          else empty.assign("...", 1);
          expect(snap(owner), `${op} on ${dtype} ${JSON.stringify(shape)} view ${empty.toString()}`).toEqual(before);
          empty.dispose();
          void w;
        },
      ),
      { numRuns: 400, seed: 344 },
    );
  });
});

// The write shadow against a model with one entry per element: random
// sequences of writes and reads over random layouts (negative, zero and
// overlapping strides), in run mode, in per-element mode, and switching
// between them.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Layout } from "../../src/runtime/hooks.js";
import { Shadow, normalizeRegion, type Region } from "../../src/trace/shadow.js";

/** The distinct storage indices of a region. */
function indices(r: Region): Set<number> {
  if (typeof r === "number") return new Set([r]);
  const out = new Set<number>();
  const rec = (k: number, p: number): void => {
    if (k === r.shape.length) {
      out.add(p);
      return;
    }
    for (let i = 0; i < r.shape[k]!; i++) rec(k + 1, p + i * r.strides[k]!);
  };
  rec(0, r.offset);
  return out;
}

/** Elements of a region counted with repeats, except along broadcast (zero-stride) axes. */
function visits(r: Region): number {
  if (typeof r === "number") return 1;
  return r.shape.reduce((n, d, k) => n * (r.strides[k] === 0 ? Math.min(d, 1) : d), 1);
}

/**
 * A layout whose elements all lie in `[0, length)` and that repeats no
 * element except along broadcast axes (as every runtime view: slicing,
 * transposing and reshaping never make a view that overlaps itself).
 */
function layoutIn(length: number): fc.Arbitrary<Region> {
  const layout = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -6, max: 6 })), { maxLength: 3 })
    .chain((axes) => {
      const shape = axes.map(([n]) => n);
      const strides = axes.map(([, s]) => s);
      let lo = 0;
      let hi = 0;
      for (let k = 0; k < shape.length; k++) {
        const ext = Math.max(shape[k]! - 1, 0) * strides[k]!;
        if (ext < 0) lo += ext;
        else hi += ext;
      }
      if (hi - lo >= length) return fc.constant<Region>({ shape: [0], strides: [1], offset: 0 });
      return fc.integer({ min: -lo, max: length - 1 - hi }).map((offset): Region => ({ shape, strides, offset }));
    })
    .filter((r) => indices(r).size === visits(r));
  return fc.oneof(layout, fc.integer({ min: 0, max: length - 1 }), fc.constant<Region>({ shape: [length], strides: [1], offset: 0 }));
}

type Op = { kind: "write"; region: Region; tag: number; hid: number } | { kind: "read"; region: Region; me: number };

function ops(length: number): fc.Arbitrary<Op[]> {
  const write = fc.record({
    kind: fc.constant("write" as const),
    region: layoutIn(length),
    tag: fc.integer({ min: 0, max: 3 }),
    hid: fc.integer({ min: 1, max: 3 }),
  });
  const read = fc.record({ kind: fc.constant("read" as const), region: layoutIn(length), me: fc.integer({ min: 1, max: 3 }) });
  // an element loop: one element after another, each read and then written, forwards or backwards
  const sweep = fc
    .tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }))
    .map(([from, to, tag, hid]): Op[] => {
      const out: Op[] = [];
      for (let i = from; from <= to ? i <= to : i >= to; i += from <= to ? 1 : -1) {
        out.push({ kind: "read", region: i, me: hid }, { kind: "write", region: i, tag, hid });
      }
      return out;
    });
  return fc.array(fc.oneof(write.map((w) => [w]), read.map((r) => [r]), sweep), { maxLength: 12 }).map((xs) => xs.flat());
}

/** Runs `seq` on a shadow and on the model; every read must agree on element counts per key and name a writer of that key. */
function check(length: number, seq: Op[], maxRuns: number): void {
  const shadow = new Shadow(length, maxRuns);
  const tag = new Int32Array(length);
  const hid = new Int32Array(length);
  for (const op of seq) {
    if (op.kind === "write") {
      shadow.write(op.region, op.tag, op.hid);
      for (const i of indices(op.region)) {
        tag[i] = op.tag;
        hid[i] = op.hid;
      }
      continue;
    }
    const want = new Map<number, { n: number; writers: Set<number> }>();
    for (const i of indices(op.region)) {
      if (tag[i] === 0) continue;
      const key = tag[i]! * 2 + (hid[i] === op.me ? 1 : 0);
      const g = want.get(key) ?? { n: 0, writers: new Set<number>() };
      g.n++;
      g.writers.add(hid[i]!);
      want.set(key, g);
    }
    if (typeof op.region === "number") {
      // the one-element read agrees with the general one
      const key = shadow.scanOne(op.region, op.me);
      expect(key).toBe(want.size === 0 ? -1 : [...want.keys()][0]);
      if (key >= 0) expect(want.get(key)!.writers.has(shadow.lastWriter)).toBe(true);
    }
    const got = shadow.scan(op.region, op.me);
    expect(new Map([...(got ?? [])].map(([k, g]) => [k, g.n]))).toEqual(new Map([...want].map(([k, g]) => [k, g.n])));
    for (const [k, g] of got ?? []) expect(want.get(k)!.writers.has(g.writer)).toBe(true);
  }
}

describe("normalizeRegion", () => {
  test("a transposed C-contiguous layout is one run; negative strides and broadcast axes are folded", () => {
    expect(normalizeRegion({ shape: [3, 4], strides: [1, 3], offset: 0 })).toEqual({ shape: [12], strides: [1], offset: 0 });
    expect(normalizeRegion({ shape: [5], strides: [-1], offset: 4 })).toEqual({ shape: [5], strides: [1], offset: 0 });
    expect(normalizeRegion({ shape: [4, 3], strides: [0, 2], offset: 1 })).toEqual({ shape: [3], strides: [2], offset: 1 });
    expect(normalizeRegion({ shape: [2, 0], strides: [1, 1], offset: 0 })).toBeNull();
    expect(normalizeRegion(7)).toEqual({ shape: [1], strides: [1], offset: 7 });
  });
});

describe("Shadow", () => {
  const cases = fc.integer({ min: 1, max: 40 }).chain((length) => fc.tuple(fc.constant(length), ops(length)));

  test("run mode with room for every run agrees with the per-element model", () => {
    fc.assert(fc.property(cases, ([length, seq]) => check(length, seq, 1_000)), { numRuns: 300, seed: 20261201 });
  });

  test("per-element mode from the first write agrees with the model", () => {
    fc.assert(fc.property(cases, ([length, seq]) => check(length, seq, 0)), { numRuns: 300, seed: 20261202 });
  });

  test("switching modes (at most 3 runs) agrees with the model", () => {
    fc.assert(fc.property(cases, ([length, seq]) => check(length, seq, 3)), { numRuns: 300, seed: 20261203 });
  });

  test("consecutive writes of one writer stay one run; a strided write switches to per-element; a whole write switches back", () => {
    const s = new Shadow(100, 4);
    for (let i = 0; i < 100; i++) s.write(i, 1, 7);
    expect(s.perElement).toBe(false);
    expect(s.scan({ shape: [100], strides: [1], offset: 0 }, 7)).toEqual(new Map([[3, { n: 100, writer: 7 }]]));
    s.write({ shape: [50], strides: [2], offset: 0 }, 2, 8);
    expect(s.perElement).toBe(true);
    expect(s.scan({ shape: [10], strides: [1], offset: 0 }, 7)).toEqual(
      new Map([
        [4, { n: 5, writer: 8 }],
        [3, { n: 5, writer: 7 }],
      ]),
    );
    s.write({ shape: [10, 10], strides: [1, 10], offset: 0 }, 3, 9);
    expect(s.perElement).toBe(false);
    expect(s.scan(5, 9)).toEqual(new Map([[7, { n: 1, writer: 9 }]]));
  });
});

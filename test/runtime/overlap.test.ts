import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Layout } from "../../src/runtime/hooks.js";
import { layoutsOverlap, sharesMemory, mayShareMemory } from "../../src/runtime/overlap.js";
import { arange, zeros } from "../../src/index.js";

/** Every element index a layout touches. */
function elements(l: Layout): Set<number> {
  const out = new Set<number>();
  const n = l.shape.length;
  if (l.shape.some((d) => d === 0)) return out;
  const idx = new Array<number>(n).fill(0);
  for (;;) {
    let p = l.offset;
    for (let k = 0; k < n; k++) p += idx[k]! * l.strides[k]!;
    out.add(p);
    let k = n - 1;
    while (k >= 0) {
      idx[k]!++;
      if (idx[k]! < l.shape[k]!) break;
      idx[k] = 0;
      k--;
    }
    if (k < 0) break;
  }
  return out;
}

function bruteOverlap(a: Layout, b: Layout): boolean {
  const ea = elements(a);
  for (const p of elements(b)) if (ea.has(p)) return true;
  return false;
}

const L = (shape: number[], strides: number[], offset: number): Layout => ({ shape, strides, offset });

describe("layoutsOverlap: hand-made cases", () => {
  it("identical layouts overlap", () => {
    const a = L([4, 5], [5, 1], 0);
    expect(layoutsOverlap(a, a)).toBe(true);
  });

  it("disjoint halves do not overlap", () => {
    expect(layoutsOverlap(L([5], [1], 0), L([5], [1], 5))).toBe(false);
    expect(layoutsOverlap(L([5], [1], 0), L([5], [1], 4))).toBe(true);
  });

  it("even and odd elements interleave without overlapping (bounds would say yes)", () => {
    const even = L([5], [2], 0);
    const odd = L([5], [2], 1);
    expect(layoutsOverlap(even, odd)).toBe(false);
    expect(layoutsOverlap(even, odd, 0)).toBe("too-hard"); // bounds-only: undecided
  });

  it("columns of a C-contiguous matrix are disjoint, rows vs columns meet", () => {
    const col0 = L([4], [3], 0);
    const col1 = L([4], [3], 1);
    const row2 = L([3], [1], 6);
    expect(layoutsOverlap(col0, col1)).toBe(false);
    expect(layoutsOverlap(col1, row2)).toBe(true);
  });

  it("negative strides are normalised", () => {
    // elements 9,7,5,3,1 vs 0,2,4,6,8
    expect(layoutsOverlap(L([5], [-2], 9), L([5], [2], 0))).toBe(false);
    // elements 9,6,3,0 vs 0..2
    expect(layoutsOverlap(L([4], [-3], 9), L([3], [1], 0))).toBe(true);
  });

  it("zero strides and length-1 axes drop out", () => {
    expect(layoutsOverlap(L([3, 4], [0, 2], 1), L([1, 4], [100, 2], 0))).toBe(false);
    expect(layoutsOverlap(L([3, 4], [0, 2], 0), L([1, 4], [100, 2], 6))).toBe(true);
  });

  it("empty layouts never overlap, 0-d layouts are one element", () => {
    expect(layoutsOverlap(L([0, 3], [3, 1], 0), L([3], [1], 0))).toBe(false);
    expect(layoutsOverlap(L([], [], 4), L([3], [2], 0))).toBe(true);
    expect(layoutsOverlap(L([], [], 3), L([3], [2], 0))).toBe(false);
  });

  it("NumPy's example x[:, ::2, ::3] vs x[:, ::3, ::2] of a 4x5x6 array: overlap, too hard with max_work=1", () => {
    const a = L([4, 3, 2], [30, 12, 3], 0);
    const b = L([4, 2, 3], [30, 18, 2], 0);
    expect(layoutsOverlap(a, b)).toBe(true);
    expect(layoutsOverlap(a, b, -1)).toBe(true);
    expect(layoutsOverlap(a, b, Infinity)).toBe(true);
    expect(layoutsOverlap(a, b, 1)).toBe("too-hard");
  });

  it("a hard instance needs many steps: small bound gives too-hard, unbounded gives the exact answer", () => {
    // coefficients with gcd 1 and large bounds, rhs chosen so no solution exists
    // 6x + 10y + 15z = 1 has solutions over Z but the bounds exclude them
    const a = L([2, 2], [15, 6], 0);
    const b = L([2], [10], 0);
    // brute force is ground truth
    expect(layoutsOverlap(a, b, -1)).toBe(bruteOverlap(a, b));
    // deep search with a tight bound
    const big1 = L([50, 50, 50], [2 * 3 * 5 * 7 + 1, 97, 89], 0);
    const big2 = L([50, 50], [83, 79], 1);
    expect(layoutsOverlap(big1, big2, 1)).toBe("too-hard");
    expect(typeof layoutsOverlap(big1, big2, -1)).toBe("boolean");
  });
});

describe("layoutsOverlap agrees with brute-force enumeration (fast-check)", () => {
  const dimArb = fc.record({ n: fc.integer({ min: 0, max: 5 }), s: fc.integer({ min: -7, max: 7 }) });
  const layoutArb = fc
    .record({ dims: fc.array(dimArb, { minLength: 0, maxLength: 4 }), offset: fc.integer({ min: 0, max: 40 }) })
    .map(({ dims, offset }): Layout => {
      // keep every element index non-negative: place the offset past the negative reach
      let neg = 0;
      for (const d of dims) if (d.s < 0 && d.n > 0) neg += (d.n - 1) * -d.s;
      return L(dims.map((d) => d.n), dims.map((d) => d.s), offset + neg);
    });

  it("exact mode matches on random small layouts", () => {
    fc.assert(
      fc.property(layoutArb, layoutArb, (a, b) => {
        const got = layoutsOverlap(a, b, -1);
        expect(got).toBe(bruteOverlap(a, b));
        // symmetric
        expect(layoutsOverlap(b, a, -1)).toBe(got);
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });

  it("with a work bound the answer is exact or too-hard, never wrong", () => {
    fc.assert(
      fc.property(layoutArb, layoutArb, fc.integer({ min: 1, max: 6 }), (a, b, w) => {
        const got = layoutsOverlap(a, b, w);
        if (got !== "too-hard") expect(got).toBe(bruteOverlap(a, b));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("bounds-only mode (maxWork 0) is false only when the extents are disjoint", () => {
    fc.assert(
      fc.property(layoutArb, layoutArb, (a, b) => {
        const got = layoutsOverlap(a, b, 0);
        if (got === false) expect(bruteOverlap(a, b)).toBe(false);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it("larger strides and many axes (brute force still feasible)", () => {
    const bigDim = fc.record({ n: fc.integer({ min: 1, max: 4 }), s: fc.integer({ min: -60, max: 60 }) });
    const bigLayout = fc
      .record({ dims: fc.array(bigDim, { minLength: 1, maxLength: 5 }), offset: fc.integer({ min: 0, max: 200 }) })
      .map(({ dims, offset }): Layout => {
        let neg = 0;
        for (const d of dims) if (d.s < 0) neg += (d.n - 1) * -d.s;
        return L(dims.map((d) => d.n), dims.map((d) => d.s), offset + neg);
      });
    fc.assert(
      fc.property(bigLayout, bigLayout, (a, b) => {
        expect(layoutsOverlap(a, b, -1)).toBe(bruteOverlap(a, b));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

describe("sharesMemory / mayShareMemory on arrays", () => {
  it("different storages never share", () => {
    const a = zeros([3, 3]);
    const b = zeros([3, 3]);
    expect(sharesMemory(a, b)).toBe(false);
    expect(mayShareMemory(a, b)).toBe(false);
  });

  it("interleaved views: may share (bounds) but do not share (exact)", () => {
    const a = arange(10);
    const even = a.slice("::2");
    const odd = a.slice("1::2");
    expect(mayShareMemory(even, odd)).toBe(true);
    expect(sharesMemory(even, odd)).toBe(false);
    expect(sharesMemory(even, a)).toBe(true);
    expect(sharesMemory(a.slice("1:"), a.slice(":-1"))).toBe(true);
    expect(sharesMemory(a.slice(":5"), a.slice("5:"))).toBe(false);
    expect(mayShareMemory(a.slice(":5"), a.slice("5:"))).toBe(false);
  });

  it("transposed and reshaped views", () => {
    const m = arange(12).reshape(3, 4);
    expect(sharesMemory(m.T, m)).toBe(true);
    expect(sharesMemory(m.slice(":", 0), m.slice(":", 1))).toBe(false);
    expect(sharesMemory(m.slice(":", 0), m.slice(1))).toBe(true);
    expect(sharesMemory(m.copy(), m)).toBe(false);
  });

  it("past the work bound sharesMemory answers the conservative true", () => {
    const x = zeros([4, 5, 6], "int8");
    const a = x.slice(":, ::2, ::3");
    const b = x.slice(":, ::3, ::2");
    expect(sharesMemory(a, b, 1)).toBe(true);
    expect(sharesMemory(a, b)).toBe(true);
    // a pair that does not overlap but needs work: the bound forces the conservative answer
    const y = arange(40);
    const e = y.slice("::2");
    const o = y.slice("1::2");
    expect(sharesMemory(e, o)).toBe(false);
    expect(sharesMemory(e, o, 0)).toBe(true);
  });
});

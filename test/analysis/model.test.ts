// The region arithmetic behind "this write cannot reach that read" (src/analysis/model.ts):
// whenever regionsDisjoint says two constant regions of one array share no element, enumerating
// their elements agrees (soundness: a wrong "disjoint" would hide a real finding).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { regionEmpty, regionNames, regionsDisjoint, sliceRegion, type AxisRegion, type Region } from "../../src/analysis/model.js";

/** The indices an axis region covers on an axis of length `n` (bounds counted from the end resolved as NumPy does). */
function indices(a: AxisRegion, n: number): Set<number> {
  const out = new Set<number>();
  const lo = a.loEnd !== undefined ? Math.max(0, n - a.loEnd) : a.lo;
  const hi = a.hiEnd !== undefined ? Math.max(0, n - a.hiEnd) : a.hi;
  for (let k = lo; k < Math.min(hi, n); k += a.step) out.add(k);
  return out;
}

/** The elements (as "i,j" keys) a region covers in an array of `shape`. */
function elements(r: Region, shape: readonly number[]): Set<string> {
  let keys: string[] = [""];
  shape.forEach((n, axis) => {
    const a = r[axis] ?? { lo: 0, hi: Infinity, step: 1 };
    const next: string[] = [];
    for (const k of keys) for (const i of indices(a, n)) next.push(k === "" ? String(i) : `${k},${i}`);
    keys = next;
  });
  return new Set(keys);
}

/** A constant spec for one axis: an index, or a range with optional step (NumPy syntax). */
const axisSpec = (n: number): fc.Arbitrary<string> => fc.oneof(
  fc.integer({ min: -n, max: n - 1 }).map(String),
  fc.tuple(
    fc.option(fc.integer({ min: -n - 1, max: n + 1 }), { nil: undefined }),
    fc.option(fc.integer({ min: -n - 1, max: n + 1 }), { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  ).map(([lo, hi, step]) => `${lo ?? ""}:${hi ?? ""}${step === undefined ? "" : `:${step}`}`),
);

describe("regionsDisjoint", () => {
  it("never calls two regions disjoint when they share an element (fast-check, constant specs)", () => {
    const shape = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(
      shape.chain((s) => fc.tuple(
        fc.constant(s),
        fc.tuple(...s.map(axisSpec)),
        fc.tuple(...s.map(axisSpec)),
        fc.boolean(),
      )),
      ([s, specA, specB, shapeKnown]) => {
        // with the shape unknown, only specs that do not need it give a region
        const a = sliceRegion(specA, shapeKnown ? s : undefined)?.region;
        const b = sliceRegion(specB, shapeKnown ? s : undefined)?.region;
        if (!a || !b || !regionsDisjoint(a, b)) return;
        const ea = elements(a, s);
        for (const e of elements(b, s)) expect(ea.has(e), `${specA} / ${specB} on ${s} share ${e}`).toBe(false);
      },
    ), { numRuns: 3000, seed: 20261130 });
  });

  it("regionEmpty: a constant empty range on some axis", () => {
    expect(regionEmpty(sliceRegion(["0:0"])!.region)).toBe(true);
    expect(regionEmpty(sliceRegion([":, 3:1"])!.region)).toBe(true);
    expect(regionEmpty(sliceRegion(["0:1"])!.region)).toBe(false);
    expect(regionEmpty(sliceRegion(["@n:@n"])!.region)).toBe(false); // named bounds: not known here
    // every region it calls empty covers no element
    for (const spec of ["0:0", "5:5:2", "4:2", "-1:-1", ":, 0:0"]) {
      const r = sliceRegion([spec], [6, 6])!.region;
      expect(regionEmpty(r)).toBe(true);
      expect(elements(r, [6, 6]).size).toBe(0);
    }
  });

  it("tells one index from a strided range, both ways", () => {
    const odd = sliceRegion(["1"])!.region;
    const evens = sliceRegion(["::2"])!.region;
    const four = sliceRegion(["4"])!.region;
    expect(regionsDisjoint(odd, evens)).toBe(true);
    expect(regionsDisjoint(evens, odd)).toBe(true);
    expect(regionsDisjoint(four, evens)).toBe(false);
    expect(regionsDisjoint(sliceRegion(["1:9"], [10])!.region, sliceRegion(["0"], [10])!.region)).toBe(true);
  });

  it("compares bounds counted from the end of an axis of unknown length", () => {
    const r = (spec: string): Region => sliceRegion([spec])!.region;
    // the border rows against the interior, whatever the length
    expect(regionsDisjoint(r("1:-1"), r("0"))).toBe(true);
    expect(regionsDisjoint(r("1:-1"), r("-1"))).toBe(true);
    expect(regionsDisjoint(r("-1"), r(":-1"))).toBe(true);
    expect(regionsDisjoint(r(":-2"), r("-2:"))).toBe(true);
    expect(regionsDisjoint(r("-3:-1"), r("-1:"))).toBe(true);
    expect(regionsDisjoint(r("-2"), r("-1"))).toBe(true);
    // overlapping, or not decidable without the length
    expect(regionsDisjoint(r("1:-1"), r("-2"))).toBe(false);
    expect(regionsDisjoint(r(":-1"), r("-2:"))).toBe(false);
    expect(regionsDisjoint(r("-1"), r("-1"))).toBe(false);
    expect(regionsDisjoint(r("2"), r("-1"))).toBe(false); // the same element when the length is 3
    expect(regionsDisjoint(r("1:"), r(":-1"))).toBe(false);
    // `-0` is the start, not the end
    expect(regionsDisjoint(r("-0:"), r("0"))).toBe(false);
    // no shape for such a view
    expect(sliceRegion(["1:-1"])!.shape).toBeNull();
    expect(regionEmpty(r("-1:-1"))).toBe(false); // not known here: not called empty
  });

  it("never calls loop-counter rows disjoint when they are one row (fast-check over the counters' values)", () => {
    // `#k`: row k (k >= 0); `#i>k+1`: row i with i >= k + 1; `0:@k` / `@k:` rows below / from k
    const specs = ["#k", "#i", "#i>k+1", "#i>k+2", "0:@k", "@k:", "0", "1:", ":2"];
    const resolve = (a: AxisRegion, v: Record<string, number>): AxisRegion => {
      const val = (sym: string) => sym.split("+").reduce((t, part) => t + (part in v ? v[part]! : Number(part)), 0);
      return { lo: a.loSym !== undefined ? val(a.loSym) : a.lo, hi: a.hiSym !== undefined ? val(a.hiSym) : a.hi, step: a.step };
    };
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(...specs), fc.constantFrom(...specs),
      (k, above, s1, s2) => {
        const i = k + above; // the inner counter starts at k + 1 and counts up
        const n = i + 3;
        const v = { k, i };
        const r1 = sliceRegion([s1])!.region;
        const r2 = sliceRegion([s2])!.region;
        if (!regionsDisjoint(r1, r2)) return;
        // `#i>k+2` holds only for i >= k + 2
        if ((s1 === "#i>k+2" || s2 === "#i>k+2") && i < k + 2) return;
        const e1 = indices(resolve(r1[0]!, v), n);
        for (const x of indices(resolve(r2[0]!, v), n)) expect(e1.has(x)).toBe(false);
      },
    ), { numRuns: 400 });
    const r = (spec: string): Region => sliceRegion([spec])!.region;
    expect(regionsDisjoint(r("#i>k+1"), r("#k"))).toBe(true);
    expect(regionsDisjoint(r("#i"), r("#k"))).toBe(false);
    expect(regionsDisjoint(r("#i>k+2"), r("#k"))).toBe(false);
    expect(regionNames(r("#i>k+1"), "k")).toBe(true);
    expect(regionNames(r("#i>k+1"), "i")).toBe(true);
    expect(regionNames(r("#k"), "kk")).toBe(false);
  });
});

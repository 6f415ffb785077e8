/**
 * Writes through EMPTY views (a zero-length axis anywhere) must not touch
 * memory, for every dtype and every write method; and nothing is converted
 * for an empty destination (NumPy casts no element either).
 */
import { describe, expect, it } from "vitest";
import { DTypeError, array, arange, ones, zeros, type DType, type NDArray } from "../../src/index.js";
import { plan } from "../../src/runtime/kernels.js";

const ALL: DType[] = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool", "object"];

function owner(dtype: DType): NDArray {
  const a = arange(60).reshape(3, 5, 4).astype(dtype === "object" ? "float64" : dtype);
  if (dtype !== "object") return a;
  const o = zeros([3, 5, 4], "object");
  o.assign("...", a);
  return o;
}

describe("in-place writes through an empty view leave the base unchanged", () => {
  it("the reported repro: bool imul through a[:, 0:0, ::3]", () => {
    const a = ones([3, 5, 4], "bool");
    const v = a.slice(":, 0:0, ::3");
    expect(v.shape).toEqual([3, 0, 2]);
    v.imul(v);
    expect(a.tolist()).toEqual(ones([3, 5, 4], "bool").tolist());
    v.iadd(v);
    v.imul(false as unknown as number);
    expect(a.sum()).toBe(60);
  });

  for (const dtype of ALL) {
    it(`${dtype}: iadd/isub/imul/idiv/fill/assign/set/sort on views with a zero-length outer, middle or inner axis`, () => {
      const a = owner(dtype);
      const before = JSON.stringify(a.tolist());
      for (const spec of ["0:0, :, ::3", ":, 0:0, ::3", "::-1, ::2, 0:0", "1:1", "::2, 3:1, ::-1"]) {
        const v = a.slice(spec);
        expect(v.size, spec).toBe(0);
        v.iadd(v);
        v.iadd(dtype === "bool" ? (true as unknown as number) : 1);
        v.imul(v);
        v.imul(dtype === "bool" ? (false as unknown as number) : 0);
        if (dtype !== "bool") v.isub(v);
        if (dtype.startsWith("float") || dtype === "object") v.idiv(v);
        v.fill(0);
        v.assign("...", 0);
        v.assign("...", v);
        if (v.ndim > 0) v.sort(-1);
        v.dispose();
      }
      expect(JSON.stringify(a.tolist())).toBe(before);
    });
  }

  it("object operands of an empty view are never evaluated (NumPy: no error)", () => {
    const o = array([["x"], ["y"], ["z"]], "object");
    const e = o.slice(":, 0:0");
    expect(() => e.imul(2)).not.toThrow();
    expect(() => e.iadd(e)).not.toThrow();
    expect(() => o.slice("0:0").isub(o.slice("0:0"))).not.toThrow();
    expect(o.tolist()).toEqual([["x"], ["y"], ["z"]]);
    // an object source broadcast into an empty numeric target: nothing is converted
    const f = zeros([2, 0]);
    expect(() => f.assign(":", array(["x"], "object"))).not.toThrow();
  });

  it("nested-list sources are still converted (NumPy converts them with the target dtype first)", () => {
    expect(() => zeros(0).assign(":", ["x"])).toThrow(DTypeError);
  });

  it("a plan over a layout with a zero-length axis runs no row", () => {
    const p = plan([3, 0, 2], [10, 2, 3], 0, [0, 0, 0], 0);
    expect(p.shape).toEqual([0]);
    const q = plan([0, 2, 2], [4, 2, 1], 5, [4, 2, 1], 0);
    expect(q.shape.reduce((x, y) => x * y, 1)).toBe(0);
  });
});

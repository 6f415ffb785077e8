/**
 * Memory order of new arrays: `astype` and arithmetic results follow NumPy's
 * default order "K" (keep the operands' layout); `copy`, `flatten` and
 * `take` are C-ordered. Expected strides (in elements) and flags are NumPy
 * 2.4.6's for the same expressions.
 */
import { describe, expect, it } from "vitest";
import { arange, array, zeros, type NDArray } from "../../src/index.js";
import { iterOrderStrides, keepOrderStrides } from "../../src/runtime/kernels.js";

const x = () => arange(24).reshape(2, 3, 4);
const m = () => arange(12).reshape(3, 4);
const lay = (a: NDArray) => ({ strides: [...a.strides], c: a.flags.cContiguous, f: a.flags.fContiguous });

describe("astype keeps the layout (order K)", () => {
  it("x.T.astype is F-ordered, x.T.copy() is C-ordered", () => {
    expect(lay(x().T.astype("float32"))).toEqual({ strides: [1, 4, 12], c: false, f: true });
    expect(lay(x().T.copy())).toEqual({ strides: [6, 2, 1], c: true, f: false });
    expect(lay(m().T.astype("int8"))).toEqual({ strides: [1, 4], c: false, f: true });
  });

  it("a permuted (neither C nor F) array keeps its axis order; steps and flips are compacted", () => {
    expect(lay(x().transpose(1, 0, 2).astype("float32"))).toEqual({ strides: [4, 12, 1], c: false, f: false });
    expect(lay(x().transpose(2, 0, 1).astype("float32")).strides).toEqual([1, 12, 4]);
    expect(lay(m().slice(":, ::2").T.astype("float32"))).toEqual({ strides: [1, 2], c: false, f: true });
    expect(lay(x().T.slice("::-1").astype("float32")).strides).toEqual([1, 4, 12]);
  });

  it("values are unchanged and the result owns its memory", () => {
    const a = x().transpose(1, 0, 2);
    const b = a.astype("int16");
    expect(b.tolist()).toEqual(a.tolist());
    expect(b.base).toBe(null);
    expect(b.flags.ownData).toBe(true);
    // array(ndarray, dtype) is astype: also order K
    expect(array(x().T, "float32").strides).toEqual([1, 4, 12]);
  });

  it("C-contiguous, 1-d and 0-d arrays stay C", () => {
    expect(x().astype("float32").strides).toEqual([12, 4, 1]);
    expect(arange(5).slice("::-2").astype("int32").strides).toEqual([1]);
    expect(array(3).astype("int8").strides).toEqual([]);
  });
});

describe("arithmetic results keep the operands' layout (order K)", () => {
  it("x.T + 1 and x.T + x.T are F-ordered, x[:, ::-1] + 1 is C", () => {
    expect(lay(x().T.add(1))).toEqual({ strides: [1, 4, 12], c: false, f: true });
    expect(lay(x().T.add(x().T))).toEqual({ strides: [1, 4, 12], c: false, f: true });
    expect(lay(x().slice(":, ::-1").add(1))).toEqual({ strides: [12, 4, 1], c: true, f: false });
    expect(lay(m().T.slice("::-1").div(2))).toEqual({ strides: [1, 4], c: false, f: true });
  });

  it("broadcast operands do not vote; on conflict C order wins", () => {
    expect(x().T.add(zeros([4, 1, 1])).strides).toEqual([1, 4, 12]);
    expect(zeros(2).add(x().T).strides).toEqual([1, 4, 12]);
    expect(x().T.add(zeros([4, 3, 2])).strides).toEqual([6, 2, 1]);
    expect(zeros([4, 3, 2]).add(x().T).strides).toEqual([6, 2, 1]);
    expect(x().T.slice(":, ::2").add(1).strides).toEqual([1, 4, 8]);
    expect(x().transpose(1, 0, 2).mul(2).strides).toEqual([4, 12, 1]);
  });

  it("bool and object results follow the same order, values are right", () => {
    const b = x().T.astype("bool");
    const r = b.mul(b);
    expect(r.dtype).toBe("bool");
    expect(r.strides).toEqual([1, 4, 12]);
    expect(r.tolist()).toEqual(b.tolist());
    const o = x().T.astype("object");
    const s = o.add(1);
    expect(s.strides).toEqual([1, 4, 12]);
    expect(s.tolist()).toEqual(x().T.add(1).tolist());
    const t = x().T;
    expect(t.sub(t.slice("::-1")).tolist()).toEqual(x().T.copy().sub(x().T.slice("::-1").copy()).tolist());
  });
});

describe("layout helpers", () => {
  it("keepOrderStrides sorts axes by |stride|, ties in C order", () => {
    expect(keepOrderStrides([2, 3], [1, 1])).toEqual([3, 1]);
    expect(keepOrderStrides([3, 4, 2], [8, -2, 40])).toEqual([4, 1, 12]);
  });
  it("iterOrderStrides ignores zero strides and lets C order win conflicts", () => {
    expect(iterOrderStrides([3, 4], [[1, 3], [0, 0]])).toEqual([1, 3]);
    expect(iterOrderStrides([3, 4], [[1, 3], [4, 1]])).toEqual([4, 1]);
    expect(iterOrderStrides([3, 4], [[4, 1], [1, 3]])).toEqual([4, 1]);
  });
});

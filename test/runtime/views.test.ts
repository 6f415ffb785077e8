import { describe, expect, it } from "vitest";
import { IndexError, ReadOnlyError, ShapeError, arange, array, sharesMemory, zeros } from "../../src/index.js";

const grid = () => arange(12).reshape(3, 4);

describe("slicing syntax", () => {
  it("one string for several axes, or one argument per axis", () => {
    const a = grid();
    expect(a.slice("1:3").tolist()).toEqual([[4, 5, 6, 7], [8, 9, 10, 11]]);
    expect(a.slice("::2, 1").tolist()).toEqual([1, 9]);
    expect(a.slice(":", 1).tolist()).toEqual([1, 5, 9]);
    expect(a.slice(0).tolist()).toEqual([0, 1, 2, 3]);
    expect(a.slice("..., -1").tolist()).toEqual([3, 7, 11]);
    expect(a.slice(":").shape).toEqual([3, 4]);
    expect(a.slice().shape).toEqual([3, 4]);
    expect(a.slice("1,").tolist()).toEqual([4, 5, 6, 7]);
    expect(a.slice(" 1 : 3 , ::-2 ").tolist()).toEqual([[7, 5], [11, 9]]);
  });

  it("resolves negative and out-of-range bounds and negative steps as Python", () => {
    const r = arange(10);
    expect(r.slice("-3:").tolist()).toEqual([7, 8, 9]);
    expect(r.slice(":-12:-1").tolist()).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(r.slice("20:").tolist()).toEqual([]);
    expect(r.slice("::-3").tolist()).toEqual([9, 6, 3, 0]);
    expect(r.slice("8:2:-3").tolist()).toEqual([8, 5]);
    expect(r.slice("-100:3").tolist()).toEqual([0, 1, 2]);
  });

  it("integers drop an axis; null/None/newaxis insert one; ... expands", () => {
    const a = grid();
    expect(a.slice(1, 2).shape).toEqual([]);
    expect(a.slice(1, 2).get()).toBe(6);
    expect(a.slice(null).shape).toEqual([1, 3, 4]);
    expect(a.slice(":", null).shape).toEqual([3, 1, 4]);
    expect(a.slice("None, :").shape).toEqual([1, 3, 4]);
    expect(a.slice("..., newaxis").shape).toEqual([3, 4, 1]);
    expect(a.slice("...").shape).toEqual([3, 4]);
    expect(arange(24).reshape(2, 3, 4).slice("..., 1").shape).toEqual([2, 3]);
    expect(arange(24).reshape(2, 3, 4).slice("0, ...").shape).toEqual([3, 4]);
  });

  it("rejects bad specs with IndexError", () => {
    const a = grid();
    expect(() => a.slice("1, 2, 3")).toThrow(/too many indices for array: array is 2-dimensional, but 3 were indexed/);
    expect(() => a.slice("::0")).toThrow("slice step cannot be zero");
    expect(() => a.slice("1:a")).toThrow(IndexError);
    expect(() => a.slice("1:a")).toThrow(/"1:a"/);
    expect(() => a.slice("1:2:3:4")).toThrow(IndexError);
    expect(() => a.slice("..., ...")).toThrow(/single ellipsis/);
    expect(() => a.slice(3)).toThrow("index 3 is out of bounds for axis 0 with size 3");
    expect(() => a.slice(":", -5)).toThrow("index -5 is out of bounds for axis 1 with size 4");
    expect(() => a.slice(1.5)).toThrow(IndexError);
    expect(() => a.slice("")).toThrow(IndexError);
    expect(() => a.slice({} as never)).toThrow(IndexError);
  });
});

describe("views share memory", () => {
  it("a write through a view is visible in the base and vice versa", () => {
    const a = grid();
    const v = a.slice("1:, ::2");
    v.fill(-1);
    expect(a.tolist()).toEqual([[0, 1, 2, 3], [-1, 5, -1, 7], [-1, 9, -1, 11]]);
    a.set([2, 2], 100);
    expect(v.get(1, 1)).toBe(100);
    expect(sharesMemory(a, v)).toBe(true);
  });

  it("base collapses to the owner", () => {
    const a = zeros([4, 4]);
    const v1 = a.slice("1:");
    const v2 = v1.slice(":, 1:").T;
    expect(a.base).toBeNull();
    expect(v1.base).toBe(a);
    expect(v2.base).toBe(a);
    expect(v2.view().base).toBe(a);
    const r = arange(6).reshape(2, 3);
    expect(r.base).not.toBeNull();
    expect(r.base!.shape).toEqual([6]);
    expect(a.copy().base).toBeNull();
  });

  it("T, transpose, swapaxes", () => {
    const b = arange(24).reshape(2, 3, 4);
    expect(b.T.shape).toEqual([4, 3, 2]);
    expect(b.T.strides).toEqual([1, 4, 12]);
    expect(b.transpose(1, 0, 2).strides).toEqual([4, 12, 1]);
    expect(b.transpose([1, 0, 2] as never).shape).toEqual([3, 2, 4]);
    expect(b.transpose(-1, 0, 1).shape).toEqual([4, 2, 3]);
    expect(b.swapaxes(0, 2).shape).toEqual([4, 3, 2]);
    expect(b.swapaxes(0, -1).get(3, 2, 1)).toBe(b.get(1, 2, 3));
    expect(() => b.transpose(0, 1)).toThrow(ShapeError);
    expect(() => b.transpose(0, 0, 1)).toThrow(/repeated axis/);
    expect(() => b.transpose(0, 1, 3)).toThrow(IndexError);
    expect(() => b.swapaxes(0, 3)).toThrow("axis 3 is out of bounds for array of dimension 3");
  });

  it("flip, squeeze, expandDims, view", () => {
    const a = arange(6).reshape(2, 3);
    expect(a.flip().tolist()).toEqual([[5, 4, 3], [2, 1, 0]]);
    expect(a.flip(1).tolist()).toEqual([[2, 1, 0], [5, 4, 3]]);
    expect(a.flip(-2).tolist()).toEqual([[3, 4, 5], [0, 1, 2]]);
    expect(a.flip(0).strides).toEqual([-3, 1]);
    expect(zeros(0).flip().size).toBe(0);
    expect(zeros([1, 3, 1]).squeeze().shape).toEqual([3]);
    expect(zeros([2, 3]).expandDims(0).shape).toEqual([1, 2, 3]);
    expect(zeros([2, 3]).expandDims(-1).shape).toEqual([2, 3, 1]);
    expect(zeros([2, 3]).expandDims(1).shape).toEqual([2, 1, 3]);
    expect(() => zeros([2, 3]).expandDims(3)).toThrow(IndexError);
    // strides as NumPy's expand_dims (a reshape): values from NumPy 2 divided by the itemsize
    expect(arange(10).slice("::2").expandDims(0).strides).toEqual([10, 2]);
    expect(arange(10).slice("::2").expandDims(1).strides).toEqual([2, 2]);
    expect(arange(12).reshape(3, 4).T.expandDims(1).strides).toEqual([1, 12, 4]);
    expect(arange(12).reshape(3, 4).expandDims(1).strides).toEqual([4, 4, 1]);
    expect(arange(12).reshape(3, 4).slice(":, ::2").expandDims(2).strides).toEqual([4, 2, 2]);
    const v = a.view();
    v.set([0, 0], 42);
    expect(a.get(0, 0)).toBe(42);
    expect(v).not.toBe(a);
  });

  it("diagonal and broadcastTo are read-only views, and so are their views", () => {
    const m = arange(9).reshape(3, 3);
    const d = m.diagonal();
    expect(d.tolist()).toEqual([0, 4, 8]);
    expect(d.strides).toEqual([4]);
    expect(d.flags.writeable).toBe(false);
    expect(() => d.fill(0)).toThrow(ReadOnlyError);
    expect(() => d.set(0, 1)).toThrow(ReadOnlyError);
    expect(() => d.slice("1:").assign(":", 1)).toThrow(ReadOnlyError);
    expect(() => d.view().iadd(1)).toThrow(ReadOnlyError);
    expect(() => d.T.sort()).toThrow(ReadOnlyError);
    expect(() => d.reshape(3, 1).isub(1)).toThrow(ReadOnlyError);
    expect(m.tolist()).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    m.set([1, 1], 40);
    expect(d.get(1)).toBe(40);
    expect(arange(6).reshape(2, 3).diagonal().tolist()).toEqual([0, 4]);
    expect(arange(8).reshape(2, 2, 2).diagonal().tolist()).toEqual([[0, 6], [1, 7]]);
    expect(() => arange(3).diagonal()).toThrow(ShapeError);

    const b = arange(3).broadcastTo([2, 3]);
    expect(b.strides).toEqual([0, 1]);
    expect(b.tolist()).toEqual([[0, 1, 2], [0, 1, 2]]);
    expect(b.flags.writeable).toBe(false);
    expect(() => b.imul(2)).toThrow(ReadOnlyError);
    expect(() => b.slice(0).fill(1)).toThrow(ReadOnlyError);
    expect(() => arange(3).broadcastTo(4)).toThrow(ShapeError);
    expect(() => arange(3).broadcastTo([3, 2])).toThrow(/\(3,\)/);
    expect(arange(1).broadcastTo(3).tolist()).toEqual([0, 0, 0]);
    // a read-only view still reads normally
    expect(b.sum()).toBe(6);
    expect(b.copy().flags.writeable).toBe(true);
  });
});

describe("layout attributes", () => {
  it("shape and strides are frozen copies owned by the handle", () => {
    const spec = [2, 3];
    const a = zeros(spec);
    spec[0] = 5;
    expect(a.shape).toEqual([2, 3]);
    expect(Object.isFrozen(a.shape) && Object.isFrozen(a.strides)).toBe(true);
    const r = arange(6).reshape(spec.slice(1).concat([2]));
    expect(r.shape).toEqual([3, 2]);
  });
});

describe("flags", () => {
  it("computes C/F contiguity like NumPy, including size-0/size-1 and length-1 axes", () => {
    const a = zeros([2, 3]);
    expect(a.flags).toEqual({ writeable: true, ownData: true, cContiguous: true, fContiguous: false });
    expect(a.T.flags).toEqual({ writeable: true, ownData: false, cContiguous: false, fContiguous: true });
    expect(a.slice(":, 1").flags.cContiguous).toBe(false);
    expect(a.slice(1).flags.cContiguous).toBe(true);
    expect(a.slice(1).flags.fContiguous).toBe(true);
    expect(zeros([1, 3]).flags.fContiguous).toBe(true);
    expect(zeros([3, 1]).flags.fContiguous).toBe(true);
    expect(zeros(0).flags.cContiguous && zeros(0).flags.fContiguous).toBe(true);
    expect(zeros([3, 0]).T.flags.cContiguous).toBe(true);
    expect(zeros([2, 0, 3]).slice("::-1").flags.fContiguous).toBe(true);
    expect(array(5).flags.cContiguous && array(5).flags.fContiguous).toBe(true);
    expect(arange(10).slice("::2").flags.cContiguous).toBe(false);
    expect(arange(10).slice("3:4").flags.fContiguous).toBe(true);
    expect(arange(10).slice("::-1").flags.cContiguous).toBe(false);
    expect(arange(12).reshape(3, 4).slice(":, 1:2").flags.cContiguous).toBe(false);
    expect(arange(12).reshape(3, 4).slice("1:2, :").flags.fContiguous).toBe(true);
    expect(zeros([3, 4]).slice(":, None, :").flags.cContiguous).toBe(true);
  });
});

describe("reshape and ravel: a view exactly when NumPy's is", () => {
  it("accepts several shape forms and one -1", () => {
    const a = arange(12);
    expect(a.reshape(3, 4).shape).toEqual([3, 4]);
    expect(a.reshape([3, 4]).shape).toEqual([3, 4]);
    expect(a.reshape(-1, 6).shape).toEqual([2, 6]);
    expect(a.reshape([2, -1, 3]).shape).toEqual([2, 2, 3]);
    expect(zeros([0, 3]).reshape(-1, 3).shape).toEqual([0, 3]);
    expect(() => a.reshape(5)).toThrow("cannot reshape array of size 12 into shape (5,)");
    expect(() => arange(6).reshape(4)).toThrow("cannot reshape array of size 6 into shape (4,)");
    expect(() => a.reshape(-1, -1)).toThrow(/one unknown dimension/);
    expect(() => a.reshape(5, -1)).toThrow(ShapeError);
    expect(() => a.reshape(-2, -6)).toThrow(ShapeError);
  });

  it("contiguous input gives a view", () => {
    const a = arange(12);
    const r = a.reshape(3, 4);
    expect(r.base).toBe(a);
    r.set([0, 0], 9);
    expect(a.get(0)).toBe(9);
    const s = a.slice("2:8").reshape(2, 3);
    expect(s.base).toBe(a);
    expect(s.offset).toBe(2);
    expect(s.tolist()).toEqual([[2, 3, 4], [5, 6, 7]]);
  });

  it("non-contiguous input: view when axes can be merged, else a copy", () => {
    const b = arange(24).reshape(2, 3, 4);
    // b[:, 1:2, :] has strides (12, 4, 1) → merges to (2, 4) without copying
    const v = b.slice(":, 1:2, :").reshape(2, 4);
    expect(v.base).toBe(b.base);
    expect(v.strides).toEqual([12, 1]);
    // every-other element of a vector can become a column
    const w = arange(10).slice("::2").reshape(5, 1);
    expect(w.base).not.toBeNull();
    expect(w.strides).toEqual([2, 2]);
    const w2 = arange(12).reshape(3, 4).slice(":, ::2").reshape(3, 2, 1);
    expect(w2.base).not.toBeNull();
    // transposes and partial slices need copies
    const t = b.T.reshape(4, 6);
    expect(t.base).toBeNull();
    expect(t.strides).toEqual([6, 1]);
    expect(t.get(1, 0)).toBe(1);
    expect(b.slice(":, :, :2").reshape(2, 6).base).toBeNull();
    expect(b.slice("::-1").reshape(6, 4).base).toBeNull();
    // the copy does not share memory
    const c = b.T.reshape(-1);
    c.fill(0);
    expect(b.get(1, 2, 3)).toBe(23);
    // splitting a strided axis is fine
    const s = arange(24).slice("::2").reshape(3, 4);
    expect(s.base).not.toBeNull();
    expect(s.strides).toEqual([8, 2]);
  });

  it("same shape gives a view keeping the strides", () => {
    const t = arange(6).reshape(2, 3).T;
    const r = t.reshape(3, 2);
    expect(r.base).not.toBeNull();
    expect(r.strides).toEqual([1, 3]);
  });

  it("ravel: view when C-contiguous, else a copy (even where reshape(-1) would be a view)", () => {
    const a = arange(6).reshape(2, 3);
    expect(a.ravel().base).toBe(a.base);
    expect(a.T.ravel().base).toBeNull();
    expect(a.T.ravel().tolist()).toEqual([0, 3, 1, 4, 2, 5]);
    const s = arange(6).slice("::2");
    expect(s.ravel().base).toBeNull();
    expect(s.reshape(-1).base).not.toBeNull();
  });
});

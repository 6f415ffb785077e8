import { describe, expect, it } from "vitest";
import {
  DTypeError, NDArray, ShapeError, arange, array, empty, eye, full, linspace, ones, zeros,
} from "../../src/index.js";

describe("array()", () => {
  it("infers float64 for numbers, bool for all-boolean input, object otherwise", () => {
    expect(array([1, 2, 3]).dtype).toBe("float64");
    expect(array([true, false]).dtype).toBe("bool");
    expect(array([true, 1]).dtype).toBe("float64");
    expect(array([1, "a"]).dtype).toBe("object");
    expect(array([]).dtype).toBe("float64");
    expect(array([]).shape).toEqual([0]);
  });

  it("builds nested shapes and C-contiguous strides", () => {
    const a = array([[1, 2, 3], [4, 5, 6]]);
    expect(a.shape).toEqual([2, 3]);
    expect(a.strides).toEqual([3, 1]);
    expect(a.offset).toBe(0);
    expect(a.ndim).toBe(2);
    expect(a.size).toBe(6);
    expect(a.base).toBeNull();
    expect(a.tolist()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(a.data).toBeInstanceOf(Float64Array);
  });

  it("makes a 0-d array from a scalar", () => {
    const a = array(5);
    expect(a.shape).toEqual([]);
    expect(a.get()).toBe(5);
    expect(a.tolist()).toBe(5);
  });

  it("rejects ragged input with a ShapeError naming the shape", () => {
    expect(() => array([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => array([[1, 2], [3]])).toThrow(/\(2,2\)/);
    expect(() => array([[1, 2], 3])).toThrow(ShapeError);
    expect(() => array([[1, 2], [3]], "float64")).toThrow(ShapeError);
  });

  it("with dtype object, ragged input gives an array of the deepest consistent shape (NumPy)", () => {
    const o = array([[1, 2], [3]], "object");
    expect(o.shape).toEqual([2]);
    expect(o.get(0)).toEqual([1, 2]);
    expect(array([[[1], [2]], [[3], [4, 5]]], "object").shape).toEqual([2, 2]);
    expect(array([[1, 2], [3, 4]], "object").shape).toEqual([2, 2]);
  });

  it("converts to an explicit dtype and rejects values it cannot hold", () => {
    const a = array([1.7, -2.7], "int32");
    expect(a.dtype).toBe("int32");
    expect(a.data).toBeInstanceOf(Int32Array);
    expect(a.tolist()).toEqual([1, -2]);
    expect(() => array([300], "int8")).toThrow(DTypeError);
    expect(() => array([300], "int8")).toThrow(/300/);
    expect(() => array(["x"], "float64")).toThrow(DTypeError);
    expect(() => array([1], "int64" as never)).toThrow(/unknown dtype "int64"/);
    expect(array([0, 2, NaN], "bool").tolist()).toEqual([false, true, true]);
  });

  it("copies an NDArray argument", () => {
    const a = arange(3);
    const b = array(a);
    b.set(0, 9);
    expect(a.get(0)).toBe(0);
    expect(b.base).toBeNull();
  });

  it("accepts typed arrays as input", () => {
    expect(array(new Float32Array([1, 2])).tolist()).toEqual([1, 2]);
  });
});

describe("zeros/ones/empty/full", () => {
  it("fills with the right value and dtype", () => {
    expect(zeros(3).tolist()).toEqual([0, 0, 0]);
    expect(zeros([2, 2], "int16").data).toBeInstanceOf(Int16Array);
    expect(ones([2, 2]).tolist()).toEqual([[1, 1], [1, 1]]);
    expect(ones(2, "bool").tolist()).toEqual([true, true]);
    expect(empty([2, 0]).shape).toEqual([2, 0]);
    expect(empty(2).size).toBe(2);
    expect(full([2], 7).tolist()).toEqual([7, 7]);
    expect(full([2], 7).dtype).toBe("float64");
    expect(full([2], true).dtype).toBe("bool");
    expect(full([2], "s").dtype).toBe("object");
    expect(full([2], "s").tolist()).toEqual(["s", "s"]);
    expect(full(2, 3, "uint8").tolist()).toEqual([3, 3]);
  });

  it("rejects bad shapes and dtypes", () => {
    expect(() => zeros(-1)).toThrow(ShapeError);
    expect(() => zeros([2, -3])).toThrow(/negative dimensions/);
    expect(() => zeros([1.5])).toThrow(ShapeError);
    expect(() => zeros(2, "complex" as never)).toThrow(DTypeError);
    expect(() => full(2, 1000, "int8")).toThrow(DTypeError);
  });
});

describe("arange/linspace/eye", () => {
  it("arange has length ceil((stop-start)/step)", () => {
    expect(arange(5).tolist()).toEqual([0, 1, 2, 3, 4]);
    expect(arange(2, 5).tolist()).toEqual([2, 3, 4]);
    expect(arange(0, 1, 0.3).tolist()).toEqual([0, 0.3, 0.6, 0.8999999999999999]);
    expect(arange(5, 0, -2).tolist()).toEqual([5, 3, 1]);
    expect(arange(5, 0).size).toBe(0);
    expect(arange(0, 10, 3, "int32").dtype).toBe("int32");
    expect(arange(0, 10, 3, "int32").tolist()).toEqual([0, 3, 6, 9]);
    expect(() => arange(0, 1, 0)).toThrow(ShapeError);
    expect(() => arange(NaN)).toThrow(DTypeError);
  });

  it("linspace includes the endpoint", () => {
    expect(linspace(0, 1, 5).tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(2, 3, 1).tolist()).toEqual([2]);
    expect(linspace(0, 1, 0).size).toBe(0);
    expect(linspace(0, 1).size).toBe(50);
    expect(() => linspace(0, 1, -1)).toThrow(ShapeError);
  });

  it("eye is the identity", () => {
    expect(eye(3).tolist()).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    expect(eye(2, "int8").dtype).toBe("int8");
    expect(eye(0).shape).toEqual([0, 0]);
    expect(() => eye(-1)).toThrow(ShapeError);
  });

  it("every creation function returns an NDArray owner", () => {
    for (const a of [array([1]), zeros(1), ones(1), empty(1), full(1, 0), arange(1), linspace(0, 1, 2), eye(1)]) {
      expect(a).toBeInstanceOf(NDArray);
      expect(a.flags.ownData).toBe(true);
      expect(a.flags.writeable).toBe(true);
    }
  });
});

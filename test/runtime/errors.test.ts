import { describe, expect, it } from "vitest";
import {
  DTypeError, DisposedError, IndexError, NDAliasError, ReadOnlyError, ShapeError, arange, array,
  mayShareMemory, refcount, sharesMemory, zeros,
} from "../../src/index.js";

describe("error classes", () => {
  it("are exported Error subclasses with their own names", () => {
    for (const C of [IndexError, ShapeError, ReadOnlyError, DisposedError, DTypeError]) {
      const e = new C("m");
      expect(e).toBeInstanceOf(Error);
      expect(e).toBeInstanceOf(NDAliasError);
      expect(e.name).toBe(C.name);
      expect(e.message).toBe("m");
    }
  });
});

describe("a failed call leaves every array unchanged", () => {
  const snapshot = (a: { tolist(): unknown }): string => JSON.stringify(a.tolist());

  it("in-place ops check shapes, dtypes and writeability before writing", () => {
    const a = arange(6).reshape(2, 3);
    const before = snapshot(a);
    expect(() => a.iadd(arange(4))).toThrow(ShapeError);
    expect(() => a.iadd("x" as never)).toThrow(DTypeError);
    expect(() => a.diagonal().iadd(1)).toThrow(ReadOnlyError);
    const i = arange(3, undefined, undefined, "int16");
    expect(() => i.idiv(2)).toThrow(DTypeError);
    expect(() => i.iadd(100000)).toThrow(DTypeError);
    expect(snapshot(i)).toBe("[0,1,2]");
    expect(snapshot(a)).toBe(before);
  });

  it("assign checks the whole value before the first write", () => {
    const a = zeros(4);
    expect(() => a.assign(":", [1, 2, 3, "x"])).toThrow(DTypeError);
    expect(() => a.assign(":", array([1, 2, {}, 4]))).toThrow(DTypeError);
    expect(() => a.assign(":", [1, 2])).toThrow(ShapeError);
    expect(() => a.assign("0:2, 1", 5)).toThrow(IndexError);
    expect(() => a.assign(":", [[1, 2], [3]])).toThrow(ShapeError);
    const i = zeros(3, "int8");
    expect(() => i.assign(":", array([1, 2, 300], "object"))).toThrow(DTypeError);
    expect(snapshot(a)).toBe("[0,0,0,0]");
    expect(snapshot(i)).toBe("[0,0,0]");
  });

  it("object in-place arithmetic fails before writing", () => {
    const o = array([1, 2, "s"], "object");
    expect(() => o.imul(2)).toThrow(DTypeError);
    expect(snapshot(o)).toBe('[1,2,"s"]');
  });

  it("sort and set check before writing", () => {
    const a = array([3, 1, 2]);
    expect(() => a.sort(2)).toThrow(IndexError);
    expect(() => a.set(5, 1)).toThrow(IndexError);
    expect(() => a.set([0, 0], 1)).toThrow(IndexError);
    expect(snapshot(a)).toBe("[3,1,2]");
  });
});

describe("messages name the bad value and what was allowed", () => {
  it("uses NumPy's wording where NumPy has one", () => {
    expect(() => zeros(3).get(3)).toThrow("index 3 is out of bounds for axis 0 with size 3");
    expect(() => arange(6).reshape([4])).toThrow("cannot reshape array of size 6 into shape (4,)");
    expect(() => zeros([2, 3]).mul(zeros(4))).toThrow("operands could not be broadcast together with shapes (2,3) (4,)");
    expect(() => zeros(2, "float16" as never)).toThrow(/"float16".*allowed: float64/);
    expect(() => zeros(2).slice("x")).toThrow(/"x".*allowed/);
    expect(() => refcount(5 as never)).toThrow(DTypeError);
  });
});

describe("memory overlap functions", () => {
  it("sharesMemory/mayShareMemory answer for views and copies", () => {
    const a = arange(10);
    expect(sharesMemory(a, a)).toBe(true);
    expect(sharesMemory(a, a.slice("2:5"))).toBe(true);
    expect(sharesMemory(a.slice(":3"), a.slice("5:"))).toBe(false);
    expect(sharesMemory(a, a.copy())).toBe(false);
    expect(mayShareMemory(a, a.slice("::-1"))).toBe(true);
    expect(mayShareMemory(a, zeros(10))).toBe(false);
    expect(mayShareMemory(a.slice(":5"), a.slice("5:"))).toBe(false);
    expect(sharesMemory(a.reshape(2, 5).T, a)).toBe(true);
  });
});

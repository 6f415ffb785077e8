/**
 * take() on 0-d and empty arrays, and sort()'s error order, as NumPy 2.4.6
 * (PyArray_TakeFrom: a 0-d array is 1-d of length 1; a non-empty take from a
 * length-0 axis raises; bounds are checked per outer position, so not at all
 * when an outer axis is empty. ndarray.sort: AxisError before read-only).
 */
import { describe, expect, it } from "vitest";
import { IndexError, ReadOnlyError, array, zeros } from "../../src/index.js";

describe("take on a 0-d array with an axis (NumPy: as if 1-d of length 1)", () => {
  it("axis 0 and -1 take the element", () => {
    const z = array(5);
    expect(z.take([0, 0], 0).tolist()).toEqual([5, 5]);
    expect(z.take([-1], -1).tolist()).toEqual([5]);
    expect(z.take([], 0).shape).toEqual([0]);
    expect(z.take(array([[0], [0]]), 0).shape).toEqual([2, 1]);
    expect(z.take([0]).tolist()).toEqual([5]);
  });

  it("other axes and out-of-range indices raise IndexError", () => {
    const z = array(5);
    expect(() => z.take([0], 1)).toThrow("axis 1 is out of bounds for array of dimension 1");
    expect(() => z.take([0], -2)).toThrow(IndexError);
    expect(() => z.take([1], 0)).toThrow("index 1 is out of bounds for axis 0 with size 1");
    expect(() => z.take([-2], 0)).toThrow(IndexError);
  });
});

describe("take from empty arrays", () => {
  it("a non-empty take from a length-0 axis raises, whatever the indices", () => {
    const e = zeros([2, 0, 3]);
    expect(() => e.take([0], 1)).toThrow(/cannot do a non-empty take from an empty axis/);
    expect(() => e.take([5, -9], 1)).toThrow(IndexError);
    expect(() => e.take([0])).toThrow(/non-empty take/);
    expect(() => zeros([0, 3]).take([5], 0)).toThrow(/non-empty take/);
  });

  it("an empty outer axis means no bounds check (NumPy returns an empty result)", () => {
    const e = zeros([2, 0, 3]);
    expect(e.take([7], 2).shape).toEqual([2, 0, 1]);
    expect(zeros([0, 3]).take([5, -9], 1).shape).toEqual([0, 2]);
    expect(zeros([0, 0]).take([-1], -1).shape).toEqual([0, 1]); // differential seed 3171
    expect(zeros([0, 0, 3]).take([0], 1).shape).toEqual([0, 1, 3]);
  });

  it("an empty inner part is still bounds-checked; empty index lists always work", () => {
    expect(() => zeros([3, 0]).take([5], 0)).toThrow("index 5 is out of bounds for axis 0 with size 3");
    expect(() => zeros([2, 0, 3]).take([5], 0)).toThrow(IndexError);
    // an empty result from an empty axis: the bounds check of the outer positions still applies
    expect(() => zeros([2, 0, 0]).take([0], 1)).toThrow("index 0 is out of bounds for axis 1 with size 0");
    expect(() => zeros([0, 0]).take([-1], 0)).toThrow("index -1 is out of bounds for axis 0 with size 0");
    expect(zeros([2, 0, 3]).take([], 1).shape).toEqual([2, 0, 3]);
    expect(zeros([2, 0, 3]).take([]).shape).toEqual([0]);
  });

  it("non-integer indices are rejected even when nothing would be taken", () => {
    expect(() => zeros([0, 3]).take([1.5], 1)).toThrow(IndexError);
  });
});

describe("sort error order", () => {
  it("a bad axis on a read-only view is an axis error (NumPy AxisError), not ReadOnlyError", () => {
    const r = zeros(3).broadcastTo([2, 3]);
    expect(() => r.sort(5)).toThrow(IndexError);
    expect(() => r.sort(-3)).toThrow("axis -3 is out of bounds for array of dimension 2");
    expect(() => array(1).broadcastTo([]).sort()).toThrow(IndexError);
  });

  it("a valid axis on a read-only view is ReadOnlyError, even when there is nothing to sort", () => {
    const r = zeros(3).broadcastTo([2, 3]);
    expect(() => r.sort(0)).toThrow(ReadOnlyError);
    expect(() => zeros(0).broadcastTo([2, 0]).sort(0)).toThrow(ReadOnlyError);
    expect(() => zeros(1).broadcastTo([3, 1]).sort(1)).toThrow(ReadOnlyError);
  });
});

/**
 * Scalars written into integer arrays follow NumPy 2 (checked against NumPy
 * 2.4 with python3): a JS number is a Python scalar, so a non-integral value
 * is truncated toward zero and the integer must fit the dtype (else
 * DTypeError, NumPy's OverflowError); NaN/±Infinity raise. Array sources
 * (astype, assigning an NDArray, 0-d arrays in set) keep the wrapping cast.
 * Every failed call leaves the array unchanged.
 */
import { describe, expect, it } from "vitest";
import { DTypeError, array, full, zeros, type DType, type NDArray } from "../../src/index.js";

type Writer = [string, (a: NDArray, v: number) => unknown];
const WRITERS: Writer[] = [
  ["set", (a, v) => a.set(0, v)],
  ["fill", (a, v) => a.fill(v)],
  ["assign scalar", (a, v) => a.assign(":", v)],
  ["assign nested", (a, v) => a.assign("0:1", [v])],
  ["assign object array", (a, v) => a.assign("0:1", array([v], "object"))],
];

// [dtype, value, stored value or null when NumPy raises] — from NumPy 2.4.6
const CASES: [DType, number, number | null][] = [
  ["uint8", 2.5, 2], ["uint8", -0.5, 0], ["uint8", 255.9, 255], ["uint8", -1.5, null], ["uint8", 300.5, null],
  ["uint8", 256, null], ["uint8", -1, null],
  ["int8", -1.5, -1], ["int8", 127.5, 127], ["int8", -128.9, -128], ["int8", 255.9, null], ["int8", 300.5, null], ["int8", -129, null],
  ["int16", 32767.9, 32767], ["int16", -32769.5, null],
  ["uint16", -1.5, null], ["uint16", 65535.5, 65535],
  ["int32", 2147483647.9, 2147483647], ["int32", -2147483648.9, -2147483648], ["int32", 4294967295.5, null], ["int32", 1e20, null],
  ["uint32", 4294967295.5, 4294967295], ["uint32", -2147483648.9, null], ["uint32", -1, null],
  ["int32", NaN, null], ["uint8", Infinity, null], ["int16", -Infinity, null],
];

describe("scalar into integer array: truncate, then range-check (NumPy 2)", () => {
  for (const [dtype, v, expected] of CASES) {
    for (const [how, write] of WRITERS) {
      it(`${how} ${v} into ${dtype} ${expected === null ? "raises DTypeError" : `stores ${expected}`}`, () => {
        const a = array([7, 8, 9], dtype);
        if (expected === null) {
          expect(() => write(a, v)).toThrow(DTypeError);
          expect(a.tolist()).toEqual([7, 8, 9]);
        } else {
          write(a, v);
          expect(a.get(0)).toBe(expected);
        }
      });
    }
    it(`array([${v}], ${dtype}) ${expected === null ? "raises" : `is [${expected}]`}`, () => {
      if (expected === null) expect(() => array([v], dtype)).toThrow(DTypeError);
      else expect(array([v], dtype).tolist()).toEqual([expected]);
    });
  }

  it("the message names the value, its truncation and the dtype's range", () => {
    const a = zeros(3, "uint8");
    expect(() => a.set(0, -1.5)).toThrow("-1.5 (truncated to integer -1) out of bounds for uint8; allowed: 0..255");
    expect(() => a.fill(300)).toThrow("integer 300 out of bounds for uint8; allowed: 0..255");
    expect(() => a.fill(NaN)).toThrow(/cannot convert NaN to integer dtype uint8; allowed: finite numbers in 0\.\.255/);
  });

  it("a failed nested assign writes no element (the list is converted before writing)", () => {
    const a = array([1, 2, 3], "uint8");
    expect(() => a.assign(":", [4, 5, 300.5])).toThrow(DTypeError);
    expect(a.tolist()).toEqual([1, 2, 3]);
    expect(() => zeros(0, "uint8").assign(":", [300])).toThrow(DTypeError); // NumPy: OverflowError for an empty target too
  });

  it("-0.5 into an integer array stores 0 (no negative zero)", () => {
    expect(Object.is(array([1], "int8").set(0, -0.5).get(0), 0)).toBe(true);
  });
});

describe("full(): NumPy's copyto(casting='unsafe') of a Python scalar", () => {
  it("integral values are range-checked, non-integral ones are cast like float64 (wrap)", () => {
    expect(() => full(3, 300, "uint8")).toThrow(DTypeError);
    expect(() => full(3, -1, "uint32")).toThrow(DTypeError);
    expect(full(2, 300.5, "uint8").tolist()).toEqual([44, 44]);
    expect(full(2, -1.5, "uint8").tolist()).toEqual([255, 255]);
    expect(full(2, 255.9, "int8").tolist()).toEqual([-1, -1]);
    expect(full(2, 2.5, "int32").tolist()).toEqual([2, 2]);
    expect(() => full(2, NaN, "int32")).toThrow(DTypeError); // NumPy: platform-defined value + RuntimeWarning
  });
});

describe("array sources keep NumPy's wrapping cast", () => {
  it("astype and assigning an NDArray wrap", () => {
    expect(array([300.5, -1.5]).astype("uint8").tolist()).toEqual([44, 255]);
    const a = zeros(2, "uint8");
    a.assign(":", array([300.5, -1.5]));
    expect(a.tolist()).toEqual([44, 255]);
    a.fill(array(300));
    expect(a.tolist()).toEqual([44, 44]);
  });

  it("set with a 0-d/size-1 array casts it (NumPy: a[0] = np.array(300.5) stores 44)", () => {
    const a = zeros(3, "uint8");
    a.set(0, array(300.5));
    a.set(1, array(-1.5));
    a.set(2, array([[300]]));
    expect(a.tolist()).toEqual([44, 255, 44]);
    const b = zeros(2, "bool").set(0, array(NaN));
    expect(b.tolist()).toEqual([true, false]);
  });

  it("object elements cast to integers are Python scalars: range-checked", () => {
    expect(() => array([300.5], "object").astype("uint8")).toThrow(DTypeError);
    expect(array([2.5, -0.5], "object").astype("uint8").tolist()).toEqual([2, 0]);
  });

  it("in-place ops with an array operand wrap; with an out-of-range scalar raise", () => {
    const a = array([250, 5], "uint8");
    a.iadd(array([10, 10], "uint8"));
    expect(a.tolist()).toEqual([4, 15]);
    expect(() => a.iadd(300)).toThrow(DTypeError);
    expect(a.tolist()).toEqual([4, 15]);
  });
});

describe("float32 arithmetic with a JS number (NEP 50 weak scalar)", () => {
  // differential seed 13040 (NDALIAS_DIFF_SEED=9001 run): float32 [12.75] / 255.9
  it("the scalar is cast to float32 before the operation, as NumPy", () => {
    const a = array([12.75], "float32");
    expect(a.div(255.9).get(0)).toBe(0.049824152141809464); // float64 math then rounding gives 0.049824148416519165
    expect(a.copy().idiv(255.9).get(0)).toBe(0.049824152141809464);
    expect(a.add(0.1).get(0)).toBe(12.850000381469727);
    expect(a.mul(0.1).get(0)).toBe(1.274999976158142);
    expect(a.div(255.9).dtype).toBe("float32");
  });

  it("a float64 operand is not rounded (the loop runs in float64)", () => {
    const a = array([12.75], "float32");
    expect(a.div(array([255.9])).get(0)).toBe(12.75 / 255.9);
  });
});

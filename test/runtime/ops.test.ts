import { describe, expect, it } from "vitest";
import {
  DTypeError, IndexError, ShapeError, arange, array, full, ones, zeros,
} from "../../src/index.js";

describe("get/set/tolist", () => {
  it("get needs a full index, accepts negative indices, checks bounds", () => {
    const a = arange(12).reshape(3, 4);
    expect(a.get(1, 2)).toBe(6);
    expect(a.get(-1, -1)).toBe(11);
    expect(() => a.get(1)).toThrow(IndexError);
    expect(() => a.get(3, 0)).toThrow("index 3 is out of bounds for axis 0 with size 3");
    expect(() => a.get(0, -5)).toThrow("index -5 is out of bounds for axis 1 with size 4");
    expect(() => a.get(0, 1.5)).toThrow(IndexError);
    expect(array([true, false]).get(0)).toBe(true);
  });

  it("set writes one element (number or number[] index) or a sub-array", () => {
    const a = zeros([2, 3]);
    a.set([1, -1], 5);
    expect(a.get(1, 2)).toBe(5);
    expect(zeros(3).set(-1, 2).tolist()).toEqual([0, 0, 2]);
    expect(zeros([2, 3]).set(1, 4).tolist()).toEqual([[0, 0, 0], [4, 4, 4]]);
    expect(zeros([2, 3]).set(0, arange(3)).tolist()).toEqual([[0, 1, 2], [0, 0, 0]]);
    expect(() => a.set([2, 0], 1)).toThrow(IndexError);
    expect(() => a.set([0, 0], "x")).toThrow(DTypeError);
    expect(() => a.set([0, 0], arange(2))).toThrow(ShapeError);
    expect(a.tolist()).toEqual([[0, 0, 0], [0, 0, 5]]);
    expect(zeros(2, "bool").set(0, 3).tolist()).toEqual([true, false]);
    const i8 = zeros(2, "int8");
    expect(() => i8.set(0, 128)).toThrow(/128 out of bounds for int8/);
    expect(() => i8.set(0, NaN)).toThrow(DTypeError);
    expect(i8.set(0, 3.9).get(0)).toBe(3);
    const ret = zeros(2);
    expect(ret.set(0, 1)).toBe(ret);
  });

  it("tolist of views, 0-d and empty arrays", () => {
    expect(arange(6).reshape(2, 3).T.tolist()).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect(zeros([2, 0]).tolist()).toEqual([[], []]);
    expect(arange(3).slice(1).tolist()).toBe(1);
  });
});

describe("assign and fill", () => {
  it("assign broadcasts scalars, arrays and nested lists into the selected region", () => {
    expect(zeros([2, 3]).assign("...", arange(3)).tolist()).toEqual([[0, 1, 2], [0, 1, 2]]);
    expect(zeros([2, 3]).assign(":, 0", [5, 6]).tolist()).toEqual([[5, 0, 0], [6, 0, 0]]);
    expect(zeros([2, 3]).assign([":", "1:"], 7).tolist()).toEqual([[0, 7, 7], [0, 7, 7]]);
    expect(zeros(4).assign("::2", arange(2).add(1)).tolist()).toEqual([1, 0, 2, 0]);
    expect(zeros([2, 2]).assign(0, array([[3, 4]])).tolist()).toEqual([[3, 4], [0, 0]]);
    expect(zeros(3).assign(":", zeros([1, 1, 3]).add(2)).tolist()).toEqual([2, 2, 2]);
    const a = zeros([2, 3]);
    expect(() => a.assign(":", arange(2))).toThrow(/could not broadcast input array from shape \(2,\) into shape \(2,3\)/);
    expect(() => a.assign("5", 1)).toThrow(IndexError);
    expect(() => a.assign(":", "x")).toThrow(DTypeError);
    expect(() => a.assign(":", [[1, 2, 3], ["a", 1, 2]])).toThrow(DTypeError);
    expect(a.tolist()).toEqual([[0, 0, 0], [0, 0, 0]]);
  });

  it("assign casts unsafely as NumPy setitem (float → int truncates, numbers → bool by != 0)", () => {
    expect(zeros(3, "int32").assign(":", array([1.9, -1.9, 300])).tolist()).toEqual([1, -1, 300]);
    expect(zeros(3, "uint8").assign(":", array([1.9, -1, 300])).tolist()).toEqual([1, 255, 44]);
    expect(zeros(3, "bool").assign(":", array([0, 2, NaN])).tolist()).toEqual([false, true, true]);
    expect(zeros(2).assign(":", array([true, false])).tolist()).toEqual([1, 0]);
  });

  it("fill sets every element", () => {
    const a = arange(6).reshape(2, 3);
    expect(a.T.fill(3).tolist()).toEqual([[3, 3], [3, 3], [3, 3]]);
    expect(a.tolist()).toEqual([[3, 3, 3], [3, 3, 3]]);
    expect(zeros(2, "bool").fill(true).tolist()).toEqual([true, true]);
    expect(zeros(2).fill(array([4])).tolist()).toEqual([4, 4]);
    expect(() => zeros(2).fill(arange(2))).toThrow(ShapeError);
    expect(() => zeros(2, "int16").fill(1e6)).toThrow(DTypeError);
    expect(zeros(0).fill(1).size).toBe(0);
  });
});

describe("arithmetic with broadcasting and NumPy 2 promotion", () => {
  it("add/sub/mul/div broadcast and return new arrays", () => {
    const a = arange(6).reshape(2, 3);
    const b = arange(3);
    expect(a.add(b).tolist()).toEqual([[0, 2, 4], [3, 5, 7]]);
    expect(a.sub(1).tolist()).toEqual([[-1, 0, 1], [2, 3, 4]]);
    expect(a.mul(a).tolist()).toEqual([[0, 1, 4], [9, 16, 25]]);
    expect(b.div(2).tolist()).toEqual([0, 0.5, 1]);
    expect(b.reshape(3, 1).add(b).tolist()).toEqual([[0, 1, 2], [1, 2, 3], [2, 3, 4]]);
    expect(arange(3).div(0).tolist()).toEqual([NaN, Infinity, Infinity]);
    const r = a.add(0);
    expect(r.base).toBeNull();
    r.fill(0);
    expect(a.get(1, 2)).toBe(5);
    expect(() => zeros([2, 3]).add(zeros(4))).toThrow("operands could not be broadcast together with shapes (2,3) (4,)");
    expect(() => a.add("x" as never)).toThrow(DTypeError);
    expect(zeros([0, 3]).add(b).shape).toEqual([0, 3]);
  });

  it("promotes dtypes as NumPy 2 (int64 → float64)", () => {
    const i8 = array([1, 2], "int8");
    const u8 = array([1, 2], "uint8");
    expect(i8.add(u8).dtype).toBe("int16");
    expect(i8.add(array([1, 2], "int32")).dtype).toBe("int32");
    expect(array([1], "int32").add(array([1], "uint32")).dtype).toBe("float64");
    expect(array([1], "float32").add(array([1], "int16")).dtype).toBe("float32");
    expect(array([1], "float32").add(array([1], "int32")).dtype).toBe("float64");
    expect(i8.add(1).dtype).toBe("int8");
    expect(i8.add(1.5).dtype).toBe("float64");
    expect(array([1], "float32").mul(2.5).dtype).toBe("float32");
    expect(array([true]).add(1).dtype).toBe("float64"); // NumPy: int64
    expect(array([7], "uint8").div(-1).tolist()).toEqual([-7]);
    expect(array([7], "uint8").div(-1).dtype).toBe("float64");
    expect(array([1], "int32").div(array([2], "int32")).dtype).toBe("float64");
    expect(array([1], "float32").div(2).dtype).toBe("float32");
    expect(() => i8.add(300)).toThrow(/300 out of bounds for int8/);
  });

  it("integers wrap around as NumPy", () => {
    expect(array([127, -128], "int8").add(array([1, -1], "int8")).tolist()).toEqual([-128, 127]);
    expect(array([250], "uint8").add(10).tolist()).toEqual([4]);
    expect(array([3], "uint8").sub(array([5], "uint8")).tolist()).toEqual([254]);
    expect(array([300], "int16").mul(array([300], "int16")).tolist()).toEqual([24464]);
    expect(array([2 ** 30 + 3], "int32").mul(array([7], "int32")).tolist()).toEqual([-1073741803]);
    expect(array([4000000000], "uint32").add(array([400000000], "uint32")).tolist()).toEqual([105032704]);
  });

  it("float32 arithmetic rounds to float32", () => {
    expect(array([1.1], "float32").add(array([2.2], "float32")).tolist()).toEqual([3.3000001907348633]);
  });

  it("bool arithmetic: add is or, mul is and, sub raises", () => {
    const t = array([true, false, false]);
    const u = array([true, true, false]);
    expect(t.add(u).tolist()).toEqual([true, true, false]);
    expect(t.mul(u).tolist()).toEqual([true, false, false]);
    expect(() => t.sub(u)).toThrow(DTypeError);
    expect(t.add(array([1, 1, 1])).tolist()).toEqual([2, 1, 1]);
  });

  it("object arrays apply JS operators element-wise", () => {
    const o = array(["a", "b"]);
    expect(o.dtype).toBe("object");
    expect(o.add(array(["c", "d"], "object")).tolist()).toEqual(["ac", "bd"]);
    const n = array([1, 2], "object");
    expect(n.mul(3).tolist()).toEqual([3, 6]);
    expect(n.dtype).toBe("object");
    expect(() => array([{}], "object").add(1)).toThrow(DTypeError);
  });
});

describe("in-place arithmetic", () => {
  it("iadd/isub/imul/idiv broadcast other to this and return this", () => {
    const a = arange(6).reshape(2, 3);
    expect(a.iadd(arange(3))).toBe(a);
    expect(a.tolist()).toEqual([[0, 2, 4], [3, 5, 7]]);
    a.isub(1).imul(2).idiv(4);
    expect(a.tolist()).toEqual([[-0.5, 0.5, 1.5], [1, 2, 3]]);
    expect(() => a.iadd(arange(6))).toThrow("operands could not be broadcast together with shapes (2,3) (6,)");
    expect(() => arange(3).iadd(zeros([2, 3]))).toThrow(ShapeError);
    expect(a.tolist()).toEqual([[-0.5, 0.5, 1.5], [1, 2, 3]]);
  });

  it("works on strided, transposed and flipped destinations", () => {
    const a = zeros([4, 4]);
    a.T.iadd(arange(16).reshape(4, 4));
    expect(a.tolist()).toEqual([[0, 4, 8, 12], [1, 5, 9, 13], [2, 6, 10, 14], [3, 7, 11, 15]]);
    const b = zeros([4, 4]);
    b.slice("::2, ::2").iadd(ones([2, 2]));
    expect(b.sum()).toBe(4);
    expect(b.get(2, 2)).toBe(1);
    expect(b.get(1, 1)).toBe(0);
    const c = zeros(5);
    c.flip().iadd(arange(5));
    expect(c.tolist()).toEqual([4, 3, 2, 1, 0]);
    const d = zeros([2, 3, 4]);
    d.transpose(2, 0, 1).iadd(arange(4).reshape(4, 1, 1));
    expect(d.get(1, 2, 3)).toBe(3);
    expect(d.sum()).toBe(6 * 6);
  });

  it("same_kind casting: int arrays reject float results as NumPy 2", () => {
    const i = array([1, 2], "int32");
    expect(() => i.idiv(2)).toThrow(/Cannot cast ufunc 'divide' output from dtype\('float64'\) to dtype\('int32'\)/);
    expect(() => i.iadd(1.5)).toThrow(DTypeError);
    expect(() => i.iadd(array([1, 1]))).toThrow(DTypeError);
    expect(() => array([1], "uint8").iadd(array([1], "int8"))).toThrow(DTypeError);
    expect(() => array([true]).iadd(1)).toThrow(DTypeError);
    expect(i.tolist()).toEqual([1, 2]);
    expect(array([1], "int32").iadd(array([1], "uint32")).tolist()).toEqual([2]);
    const i8 = array([5, 7], "int8");
    i8.iadd(array([100, 121], "int16"));
    expect(i8.tolist()).toEqual([105, -128]);
    const i32 = array([2 ** 30 + 3], "int32");
    expect(i32.imul(7).tolist()).toEqual([-1073741803]);
    const f32 = array([1], "float32");
    expect(f32.iadd(array([0.1])).tolist()).toEqual([1.100000023841858]);
    const bl = array([true, false]);
    expect(bl.iadd(array([false, true])).tolist()).toEqual([true, true]);
    expect(bl.imul(array([false, true])).tolist()).toEqual([false, true]);
  });

  it("object arrays in place", () => {
    const o = array([1, 2], "object");
    o.iadd(10);
    expect(o.tolist()).toEqual([11, 12]);
    const bad = array([1, {}], "object");
    expect(() => bad.iadd(1)).toThrow(DTypeError);
    expect(bad.get(0)).toBe(1);
  });
});

describe("overlap-safe in-place operations (NumPy >= 1.13 results)", () => {
  it("shifted slices", () => {
    const a = arange(5);
    a.slice("1:").iadd(a.slice(":-1"));
    expect(a.tolist()).toEqual([0, 1, 3, 5, 7]);
    const b = arange(5);
    b.slice(":-1").iadd(b.slice("1:"));
    expect(b.tolist()).toEqual([1, 3, 5, 7, 4]);
    const c = arange(6);
    c.slice("::2").imul(c.slice("1::2"));
    expect(c.tolist()).toEqual([0, 1, 6, 3, 20, 5]);
  });

  it("transpose of itself and reversed copies", () => {
    const x = arange(9).reshape(3, 3);
    x.iadd(x.T);
    expect(x.tolist()).toEqual([[0, 4, 8], [4, 8, 12], [8, 12, 16]]);
    const r = arange(5);
    r.assign(":", r.slice("::-1"));
    expect(r.tolist()).toEqual([4, 3, 2, 1, 0]);
    const m = arange(16).reshape(4, 4);
    m.slice(":, ::-1").isub(m);
    expect(m.tolist()).toEqual([[-3, -1, 1, 3], [-3, -1, 1, 3], [-3, -1, 1, 3], [-3, -1, 1, 3]]);
  });

  it("broadcast source overlapping the destination", () => {
    const a = arange(12).reshape(3, 4);
    a.iadd(a.slice(0));
    expect(a.tolist()).toEqual([[0, 2, 4, 6], [4, 6, 8, 10], [8, 10, 12, 14]]);
    const b = arange(12).reshape(3, 4);
    b.slice("1:").iadd(b.slice(0));
    expect(b.tolist()).toEqual([[0, 1, 2, 3], [4, 6, 8, 10], [8, 10, 12, 14]]);
  });

  it("shifted assignments in both directions", () => {
    const a = arange(8);
    a.assign("2:", a.slice(":-2"));
    expect(a.tolist()).toEqual([0, 1, 0, 1, 2, 3, 4, 5]);
    const b = arange(8);
    b.assign(":-2", b.slice("2:"));
    expect(b.tolist()).toEqual([2, 3, 4, 5, 6, 7, 6, 7]);
  });

  it("identical source and destination", () => {
    const a = arange(6);
    a.isub(a);
    expect(a.tolist()).toEqual([0, 0, 0, 0, 0, 0]);
    const b = arange(4);
    b.iadd(b.view());
    expect(b.tolist()).toEqual([0, 2, 4, 6]);
  });
});

describe("copies", () => {
  it("copy/flatten/astype always give new C-contiguous memory", () => {
    const a = arange(6).reshape(2, 3).T;
    const c = a.copy();
    expect(c.strides).toEqual([2, 1]);
    expect(c.tolist()).toEqual(a.tolist());
    expect(c.flags.ownData).toBe(true);
    c.fill(0);
    expect(a.sum()).toBe(15);
    const f = a.flatten();
    expect(f.tolist()).toEqual([0, 3, 1, 4, 2, 5]);
    f.fill(1);
    expect(a.sum()).toBe(15);
    const t = a.astype("float64");
    expect(t.base).toBeNull();
    expect(t.dtype).toBe("float64");
  });

  it("astype converts as NumPy (float→int truncates and wraps, NaN→0)", () => {
    expect(array([300.7, -1.5, NaN, -3.7]).astype("int8").tolist()).toEqual([44, -1, 0, -3]);
    expect(array([300, -1, 3.7]).astype("uint8").tolist()).toEqual([44, 255, 3]);
    expect(array([0, 2, NaN, -0]).astype("bool").tolist()).toEqual([false, true, true, false]);
    expect(array([true, false]).astype("float32").tolist()).toEqual([1, 0]);
    expect(array([1.5]).astype("object").tolist()).toEqual([1.5]);
    expect(array([true]).astype("object").tolist()).toEqual([true]);
    expect(array([1, 2], "object").astype("int16").tolist()).toEqual([1, 2]);
    expect(() => array(["a"], "object").astype("float64")).toThrow(DTypeError);
    expect(() => arange(2).astype("nope" as never)).toThrow(DTypeError);
  });

  it("take: fancy indexing with negative indices, bounds-checked", () => {
    const a = arange(12).reshape(3, 4);
    expect(a.take([0, -1], 1).tolist()).toEqual([[0, 3], [4, 7], [8, 11]]);
    expect(a.take([2, 0], 0).tolist()).toEqual([[8, 9, 10, 11], [0, 1, 2, 3]]);
    expect(a.take([5, -1]).tolist()).toEqual([5, 11]);
    expect(a.T.take([1, 2]).tolist()).toEqual([4, 8]);
    expect(a.take(array([[0, 1], [1, 0]]), 0).shape).toEqual([2, 2, 4]);
    expect(a.take(array([[0, 1]])).tolist()).toEqual([[0, 1]]);
    expect(() => a.take([5], 0)).toThrow("index 5 is out of bounds for axis 0 with size 3");
    expect(() => a.take([12])).toThrow(IndexError);
    expect(() => a.take([0.5])).toThrow(IndexError);
    expect(() => a.take([0], 2)).toThrow(IndexError);
    const t = a.take([0]);
    t.fill(99);
    expect(a.get(0, 0)).toBe(0);
  });
});

describe("sort", () => {
  it("sorts in place along an axis with NaN last", () => {
    const a = array([3, NaN, 1, 2]);
    expect(a.sort()).toBe(a);
    expect(a.tolist()).toEqual([1, 2, 3, NaN]);
    expect(array([[3, 1], [1, 2]]).sort(0).tolist()).toEqual([[1, 1], [3, 2]]);
    expect(array([[3, 1, 2], [9, 8, 7]]).sort().tolist()).toEqual([[1, 2, 3], [7, 8, 9]]);
    expect(array([[3, 1, 2], [9, 8, 7]]).sort(-2).tolist()).toEqual([[3, 1, 2], [9, 8, 7]]);
    const b = arange(6);
    b.slice("::-1").sort();
    expect(b.tolist()).toEqual([5, 4, 3, 2, 1, 0]);
    expect(array([3, 1, 2], "int8").sort().tolist()).toEqual([1, 2, 3]);
    expect(array(["b", "a"]).sort().tolist()).toEqual(["a", "b"]);
    expect(() => arange(3).sort(1)).toThrow(IndexError);
    expect(() => array(1).sort()).toThrow(IndexError);
  });
});

describe("reductions", () => {
  it("sum uses NumPy's pairwise summation (bit-for-bit on contiguous float64 data)", () => {
    const data = (n: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 7 - 50);
    // expected values printed by NumPy 2 for np.array(data(n)).sum()
    expect(array(data(9)).sum()).toBe(276.2857142857143);
    expect(array(data(129)).sum()).toBe(2730.571428571429);
    expect(array(data(1000)).sum()).toBe(21357.142857142855);
    expect(array(data(100000)).sum()).toBe(2135714.2857142854);
    expect(array(data(1000)).reshape(20, 50).T.sum()).toBe(21357.142857142855);
    expect(Object.is(array([-0, -0]).sum(), 0)).toBe(true);
  });

  it("sum/mean/min/max of whole arrays", () => {
    const a = arange(12).reshape(3, 4);
    expect(a.sum()).toBe(66);
    expect(a.T.sum()).toBe(66);
    expect(a.slice("::2, ::-2").sum()).toBe(3 + 1 + 11 + 9);
    expect(a.mean()).toBe(5.5);
    expect(a.min()).toBe(0);
    expect(a.max()).toBe(11);
    expect(a.flip().min()).toBe(0);
    expect(array([1, NaN, 3]).max()).toBeNaN();
    expect(array([true, true, false]).sum()).toBe(2);
    expect(array([1, 2], "object").sum()).toBe(3);
    expect(array([5, 2], "object").min()).toBe(2);
    expect(zeros(0).sum()).toBe(0);
    expect(zeros(0).mean()).toBeNaN();
    expect(() => zeros(0).min()).toThrow(ShapeError);
    expect(() => zeros([2, 0]).max()).toThrow(/zero-size array to reduction operation maximum/);
    expect(array([7], "uint8").broadcastTo([3]).sum()).toBe(21);
    expect(full([2, 2], 250, "uint8").sum()).toBe(1000);
  });
});

describe("kernel tails and offsets", () => {
  it("in-place ops and sums agree with a naive loop for every length and offset", () => {
    for (let n = 0; n <= 19; n++) {
      for (const off of [0, 1, 3]) {
        const a = arange(n + off).mul(1.5);
        const b = arange(n + off).add(2);
        const av = a.slice(`${off}:`);
        const bv = b.slice(`${off}:`);
        const expected = (av.tolist() as number[]).map((x, i) => x + (bv.tolist() as number[])[i]!);
        av.iadd(bv);
        expect(av.tolist()).toEqual(expected);
        expect(av.sum()).toBeCloseTo(expected.reduce((s, x) => s + x, 0), 9);
        const strided = arange(2 * n).slice("::2");
        expect(strided.sum()).toBe(n === 0 ? 0 : n * (n - 1));
        const c = zeros(n + off);
        c.slice(`${off}:`).isub(2).imul(arange(n)).idiv(4);
        expect(c.slice(`${off}:`).tolist()).toEqual(Array.from({ length: n }, (_, i) => (-2 * i) / 4));
        const d = zeros(2 * n);
        d.slice("::2").iadd(arange(n));
        expect(d.sum()).toBe(n === 0 ? 0 : (n * (n - 1)) / 2);
      }
    }
  });
});

describe("element-wise kernels at every length around their unrolling", () => {
  // The contiguous kernels unroll by 4, 8 or 16 and take a separate path when
  // every operand starts at element 0; lengths 0..40 and a start at element 1
  // (a slice "1:") cover each main loop, each remainder and each path.
  const ops: [string, (x: number, y: number) => number][] = [
    ["add", (x, y) => x + y],
    ["sub", (x, y) => x - y],
    ["mul", (x, y) => x * y],
    ["div", (x, y) => x / y],
  ];
  const values = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7 + seed) % 11) - 5 + 0.25 * seed);
  const arr = (v: number[], shift: number) => (shift === 0 ? array(v) : array([99, ...v]).slice(`${shift}:`));

  type Op = "add" | "sub" | "mul" | "div";
  /** Every op, every length 0..40, each operand starting at element 0 or 1, with its values. */
  function* cases(seed: number) {
    for (const [op, f] of ops) {
      for (let n = 0; n <= 40; n++) {
        for (const [sa, sb] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
          yield { op: op as Op, f, x: values(n, seed), y: values(n, seed + 1), sa, sb, what: `${op} n=${n} starts ${sa},${sb}` };
        }
      }
    }
  }

  it("binary ops into a new array, with an array and with a scalar", () => {
    for (const { op, f, x, y, sa, sb, what } of cases(1)) {
      const a = arr(x, sa);
      expect(a[op](arr(y, sb)).tolist(), what).toEqual(x.map((v, i) => f(v, y[i]!)));
      expect(a[op](3).tolist(), `${what} (scalar)`).toEqual(x.map((v) => f(v, 3)));
    }
  });

  it("in-place ops and assign", () => {
    for (const { op, f, x, y, sa, sb, what } of cases(3)) {
      const a = arr(x, sa);
      a[`i${op}`](arr(y, sb));
      expect(a.tolist(), `i${what}`).toEqual(x.map((v, i) => f(v, y[i]!)));
      const c = arr(x, sa);
      c.assign("...", arr(y, sb));
      expect(c.tolist(), `assign ${what}`).toEqual(y);
    }
  });
});

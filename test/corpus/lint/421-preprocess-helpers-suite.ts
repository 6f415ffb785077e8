// Unit tests for in-place image preprocessing helpers (clip, zero border, scale rows) on freshly built fixtures.
import { arange, array, full, ones, NDArray } from "ndalias";

const results: string[] = [];

function test(name: string, fn: () => void): void {
  try {
    fn();
    results.push(`PASS ${name}`);
  } catch (e) {
    results.push(`FAIL ${name}: ${(e as Error).message}`);
  }
}

function assertEqualArrays(actual: NDArray, expected: NDArray, msg: string): void {
  const a = JSON.stringify(actual.tolist());
  const b = JSON.stringify(expected.tolist());
  if (a !== b) throw new Error(`${msg}: ${a} != ${b}`);
}

/** Clips every entry of a 2-D image into [lo, hi] in place. */
function clipInPlace(img: NDArray, lo: number, hi: number): void {
  for (let r = 0; r < img.shape[0]; r++) {
    for (let c = 0; c < img.shape[1]; c++) {
      img.set([r, c], Math.min(hi, Math.max(lo, img.get(r, c))));
    }
  }
}

function zeroBorder(img: NDArray): void {
  img.slice(0).fill(0);
  img.slice(-1).fill(0);
  img.slice(":", 0).fill(0);
  img.slice(":", -1).fill(0);
}

function scaleRows(img: NDArray, factors: number[]): void {
  factors.forEach((f, r) => {
    const row = img.slice(r);
    row.imul(f);
  });
}

function framed(rows: number, cols: number, inner: number, border: number): NDArray {
  const e = full([rows, cols], border);
  e.slice("1:-1, 1:-1").fill(inner);
  return e;
}

test("clip bounds every pixel", () => {
  const img = arange(12).reshape(3, 4);
  clipInPlace(img, 2, 9);
  assertEqualArrays(img, array([[2, 2, 2, 3], [4, 5, 6, 7], [8, 9, 9, 9]]), "clipped");
});

test("zeroBorder then shift, checked through a later snapshot", () => {
  const img = full([4, 4], 7);
  zeroBorder(img);
  img.iadd(1);
  const snapshot = img;
  assertEqualArrays(snapshot, framed(4, 4, 8, 1), "framed");
});

test("scaleRows scales each row by its factor", () => {
  const img = ones([3, 2]);
  scaleRows(img, [1, 2, 3]);
  const firstColumn = img.slice(":", 0);
  assertEqualArrays(firstColumn, array([1, 2, 3]), "first column");
});

test("row total measured before doubling", () => {
  const img = array([[-4, 3], [12, 5]]);
  const top = img.slice(0);
  const topTotal = top.sum();
  img.imul(2);
  if (img.sum() !== 2 * (topTotal + 17)) throw new Error(`unexpected total ${img.sum()}`);
});

test("clip on a copy leaves the source intact", () => {
  const source = array([[-1, 20], [3, 4]]);
  const clipped = source.copy();
  clipInPlace(clipped, 0, 10);
  assertEqualArrays(clipped, array([[0, 10], [3, 4]]), "clipped copy");
  assertEqualArrays(source, array([[-1, 20], [3, 4]]), "source");
});

for (const line of results) console.log(line);

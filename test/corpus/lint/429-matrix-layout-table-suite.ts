// Table-driven tests for matrix layout operations: transposes, row views, flattening and sorting on fresh matrices.
import { arange, NDArray } from "ndalias";

interface LayoutCase {
  name: string;
  rows: number;
  cols: number;
}

const cases: LayoutCase[] = [
  { name: "wide", rows: 2, cols: 3 },
  { name: "tall", rows: 4, cols: 2 },
  { name: "square", rows: 3, cols: 3 },
];

let failures = 0;
function it(name: string, body: () => void): void {
  try {
    body();
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${(e as Error).message}`);
  }
}
function assertEq(actual: number, expected: number, what: string): void {
  if (actual !== expected) throw new Error(`${what}: ${actual} !== ${expected}`);
}
function matrix(c: LayoutCase): NDArray {
  return arange(c.rows * c.cols).reshape(c.rows, c.cols);
}
function triangular(n: number): number {
  return (n * (n - 1)) / 2;
}

for (const c of cases) {
  it(`${c.name}: transpose swaps indices`, () => {
    const m = matrix(c);
    const t = m.T;
    assertEq(t.shape[0], c.cols, "rows of transpose");
    assertEq(t.get(c.cols - 1, c.rows - 1), m.get(c.rows - 1, c.cols - 1), "corner");
    assertEq(t.sum(), m.sum(), "total");
  });

  it(`${c.name}: zeroing a detached transpose leaves the matrix`, () => {
    const m = matrix(c);
    let work: NDArray = m.T;
    work = work.copy();
    work.fill(0);
    assertEq(work.sum(), 0, "work cleared");
    assertEq(m.sum(), triangular(c.rows * c.cols), "matrix total");
  });

  it(`${c.name}: sorted flattened copy is ascending`, () => {
    const m = matrix(c).flip(0);
    const flat = m.flatten();
    flat.sort();
    assertEq(flat.get(0), 0, "smallest first");
    assertEq(flat.get(flat.size - 1), c.rows * c.cols - 1, "largest last");
    assertEq(m.get(0, 0), (c.rows - 1) * c.cols, "matrix keeps flipped order");
  });

  it(`${c.name}: a row view taken after doubling sees the doubled row`, () => {
    const m = matrix(c);
    let row = m.slice(0);
    const before = row.sum();
    m.imul(2);
    row = m.slice(0);
    assertEq(row.sum(), 2 * before, "doubled first row");
  });

  it(`${c.name}: ravel reads match element reads`, () => {
    const m = matrix(c);
    const flat = m.ravel();
    for (let i = 0; i < flat.size; i++) {
      assertEq(flat.get(i), m.get(Math.floor(i / c.cols), i % c.cols), `element ${i}`);
    }
  });
}

console.log(failures === 0 ? `all ${cases.length * 5} layout tests passed` : `${failures} failures`);

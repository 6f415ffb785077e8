// Test suite for convolution-kernel builders that fill fresh matrices through chained slice writes, plus a shared canvas painted and cleared between tests.
import { array, eye, ones, zeros, NDArray } from "ndalias";

const CANVAS = zeros([5, 5]);

function teardown(): void {
  CANVAS.fill(0);
}

function same(a: NDArray, expected: number[][]): boolean {
  return JSON.stringify(a.tolist()) === JSON.stringify(expected);
}

// --- builders under test -----------------------------------------------------

function makeBorderMask(n: number): NDArray {
  const m = zeros([n, n]);
  m.slice(0).fill(1);
  m.slice(-1).fill(1);
  m.slice(":", 0).fill(1);
  m.slice(":", -1).fill(1);
  return m;
}

function makeSobelX(): NDArray {
  const k = zeros([3, 3]);
  k.slice(":", 0).assign(":", array([-1, -2, -1]));
  k.slice(":", 2).assign(":", array([1, 2, 1]));
  return k;
}

function makeSobelY(): NDArray {
  const k = zeros([3, 3]);
  k.T.slice(":", 0).assign(":", array([-1, -2, -1]));
  k.T.slice(":", 2).assign(":", array([1, 2, 1]));
  return k;
}

function makeUpperTriangle(n: number): NDArray {
  const t = ones([n, n]);
  for (let i = 1; i < n; i++) {
    t.slice(i, `:${i}`).fill(0);
  }
  return t;
}

function makeBlockIdentity(n: number, k: number): NDArray {
  const b = zeros([n, n]);
  b.slice(`:${k}`, `:${k}`).assign(":", eye(k));
  b.slice(`${k}:`, `${k}:`).fill(0.5);
  return b;
}

function paintSquare(lo: number, hi: number): void {
  CANVAS.slice(`${lo}:${hi}`, `${lo}:${hi}`).fill(1);
}

function responseAt(img: NDArray, kernel: NDArray, r: number, c: number): number {
  return img.slice(`${r - 1}:${r + 2}`, `${c - 1}:${c + 2}`).mul(kernel).sum();
}

// --- tests ---------------------------------------------------------------------

function testBorderMask(): boolean {
  const m = makeBorderMask(4);
  return m.sum() === 12 && m.get(1, 1) === 0;
}

function testSobelPair(): boolean {
  const sx = makeSobelX();
  const sy = makeSobelY();
  return same(sx, [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]) && same(sy, [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]);
}

function testTriangle(): boolean {
  const t = makeUpperTriangle(3);
  return same(t, [[1, 1, 1], [0, 1, 1], [0, 0, 1]]);
}

function testBlockIdentity(): boolean {
  const b = makeBlockIdentity(4, 2);
  return b.sum() === 4 && b.get(3, 3) === 0.5 && b.get(0, 3) === 0;
}

function testEdgeResponseOnCanvas(): boolean {
  paintSquare(1, 4);
  const sx = makeSobelX();
  const inside = responseAt(CANVAS, sx, 2, 2);
  const edge = responseAt(CANVAS, sx, 2, 1);
  return inside === 0 && edge === 4;
}

function testCanvasRowsAfterPaint(): boolean {
  paintSquare(0, 2);
  CANVAS.slice(0).imul(3);
  const topRow = CANVAS.slice(0);
  return topRow.sum() === 6 && CANVAS.sum() === 8;
}

// --- runner --------------------------------------------------------------------

const tests: Array<[string, () => boolean]> = [
  ["border mask", testBorderMask],
  ["sobel pair", testSobelPair],
  ["upper triangle", testTriangle],
  ["block identity", testBlockIdentity],
  ["edge response on canvas", testEdgeResponseOnCanvas],
  ["canvas rows after paint", testCanvasRowsAfterPaint],
];

for (const [name, test] of tests) {
  const ok = test();
  teardown();
  console.log(`${ok ? "ok" : "not ok"} - ${name}`);
}

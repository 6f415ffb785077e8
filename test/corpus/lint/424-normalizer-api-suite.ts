// Table-driven tests for a feature-normalisation API: L2 normalisation, min-max scaling, bias columns and column centring.
import { array, zeros, NDArray } from "ndalias";

export function l2Normalize(v: NDArray): NDArray {
  const norm = Math.sqrt(v.mul(v).sum());
  return v.idiv(norm); // expect: no-alias-mutation
}

export function minMaxScaled(v: NDArray): NDArray {
  const out = v.sub(v.min());
  out.idiv(out.max() || 1);
  return out;
}

export function withBias(m: NDArray, bias: number): NDArray {
  const lastCol = m.slice(":", -1);
  lastCol.fill(bias); // expect: no-view-mutation
  return m;
}

export function centerColumnsInPlace(m: NDArray): void {
  for (let c = 0; c < m.shape[1]; c++) {
    const col = m.slice(":", c);
    col.isub(col.mean());
  }
}

let failures = 0;
function it(name: string, body: () => void): void {
  try {
    body();
  } catch (e) {
    failures++;
    console.error(`FAILED ${name}: ${(e as Error).message}`);
  }
}
function expectArrayClose(actual: NDArray, expected: number[] | number[][], tol = 1e-9): void {
  const a = actual.flatten().tolist() as number[];
  const b = expected.flat();
  if (a.length !== b.length || a.some((x, i) => Math.abs(x - b[i]) > tol)) {
    throw new Error(`got ${JSON.stringify(actual.tolist())}, want ${JSON.stringify(expected)}`);
  }
}

const l2Cases = [
  { name: "3-4-5 triangle", input: [3, 4], expected: [0.6, 0.8] },
  { name: "unit axis", input: [0, 2, 0], expected: [0, 1, 0] },
  { name: "negative entries", input: [-1, 0, 0, 0], expected: [-1, 0, 0, 0] },
];

for (const c of l2Cases) {
  it(`l2Normalize: ${c.name}`, () => {
    const v = array(c.input);
    const unit = l2Normalize(v);
    expectArrayClose(unit, c.expected);
  });
}

const minMaxCases = [
  { name: "ramp", input: [2, 4, 6], expected: [0, 0.5, 1] },
  { name: "constant", input: [5, 5], expected: [0, 0] },
];

for (const c of minMaxCases) {
  it(`minMaxScaled: ${c.name}`, () => {
    const input = array(c.input);
    expectArrayClose(minMaxScaled(input), c.expected);
    expectArrayClose(input, c.input);
  });
}

it("withBias sets the last column of a design matrix", () => {
  const design = zeros([3, 3]);
  const biased = withBias(design, 1);
  expectArrayClose(biased, [[0, 0, 1], [0, 0, 1], [0, 0, 1]]);
});

it("centerColumnsInPlace gives zero-mean columns", () => {
  const m = array([[1, 10], [3, 30]]);
  centerColumnsInPlace(m);
  expectArrayClose(m, [[-1, -10], [1, 10]]);
});

console.log(failures === 0 ? "all normaliser tests passed" : `${failures} failures`);

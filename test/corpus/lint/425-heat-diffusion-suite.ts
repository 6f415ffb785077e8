// Tests for a 1-D heat diffusion stepper that ping-pongs between two buffers: symmetry, boundaries and input preservation.
import { array, zeros, NDArray } from "ndalias";

function diffuseInto(src: NDArray, dst: NDArray, alpha: number): void {
  const n = src.size;
  dst.set(0, src.get(0));
  dst.set(n - 1, src.get(n - 1));
  for (let i = 1; i < n - 1; i++) {
    dst.set(i, src.get(i) + alpha * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
}

function simulate(initial: NDArray, steps: number, alpha: number): NDArray {
  let front = initial.copy();
  let back = zeros(initial.size);
  for (let s = 0; s < steps; s++) {
    diffuseInto(front, back, alpha);
    [front, back] = [back, front];
  }
  back.dispose();
  return front;
}

type Spec = { title: string; body: () => void };
const specs: Spec[] = [];
const describe = (title: string, body: () => void): void => {
  specs.push({ title, body });
};
function expectClose(actual: number, expected: number, tol = 1e-9): void {
  if (Math.abs(actual - expected) > tol) throw new Error(`${actual} is not within ${tol} of ${expected}`);
}
function expectSameArray(actual: NDArray, expected: NDArray): void {
  for (let i = 0; i < expected.size; i++) expectClose(actual.get(i), expected.get(i));
}

describe("a centred pulse spreads symmetrically", () => {
  using initial = zeros(7);
  initial.set(3, 1);
  using result = simulate(initial, 10, 0.25);
  const mirrored = result.flip();
  expectSameArray(result, mirrored);
  expectClose(initial.sum(), 1);
});

describe("fixed boundaries keep their values", () => {
  using initial = array([5, 0, 0, 0, 0, 2]);
  using result = simulate(initial, 25, 0.2);
  expectClose(result.get(0), 5);
  expectClose(result.get(5), 2);
  expectClose(initial.slice("1:-1").sum(), 0);
});

describe("a uniform rod is already in equilibrium", () => {
  const rod = array([3, 3, 3, 3]);
  const settled = simulate(rod, 5, 0.4);
  rod.imul(2);
  expectSameArray(settled, array([3, 3, 3, 3]));
  expectClose(rod.mean(), 6);
});

describe("one step from a hand-computed state", () => {
  const src = array([0, 4, 0]);
  const dst = zeros(3);
  diffuseInto(src, dst, 0.25);
  expectSameArray(dst, array([0, 2, 0]));
  expectSameArray(src, array([0, 4, 0]));
});

for (const spec of specs) {
  try {
    spec.body();
    console.log(`ok - ${spec.title}`);
  } catch (err) {
    console.log(`not ok - ${spec.title}: ${(err as Error).message}`);
  }
}

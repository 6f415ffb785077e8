// Test suite for a Siamese encoder: fixtures build tower pairs and layer chains, tests check forward passes, weight gaps and candidate tuning.
import { array, eye, zeros, NDArray } from "ndalias";

class Tower {
  twin: Tower | null = null;
  constructor(
    readonly name: string,
    public weights: NDArray,
    public bias: NDArray,
  ) {}

  forward(x: NDArray): NDArray {
    const out = zeros(this.bias.size);
    for (let i = 0; i < this.bias.size; i++) {
      out.set(i, this.weights.slice(i).mul(x).sum() + this.bias.get(i));
    }
    return out;
  }

  weightGap(): number {
    if (!this.twin) return 0;
    const d = this.weights.sub(this.twin.weights);
    return Math.sqrt(d.mul(d).sum());
  }
}

class Layer {
  next: Layer | null = null;
  constructor(readonly weights: NDArray) {}
}

function approxEqual(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

// --- fixtures ------------------------------------------------------------------

function makeTowerPair(): [Tower, Tower] {
  const left = new Tower("left", array([[1, 0], [0, 1]]), zeros(2));
  const right = new Tower("right", array([[1, 0.5], [0, 1]]), zeros(2));
  left.twin = right;
  right.twin = left; // expect: no-reference-cycle
  return [left, right];
}

function makeLayerChain(depth: number): Layer {
  const head = new Layer(eye(2));
  let tail = head;
  for (let i = 1; i < depth; i++) {
    const next = new Layer(eye(2).mul(i + 1));
    tail.next = next;
    tail = next;
  }
  return head;
}

function cloneTower(t: Tower): Tower {
  return new Tower(`${t.name}-clone`, t.weights.copy(), t.bias.copy());
}

function runChain(head: Layer, x: NDArray): NDArray {
  let h = x;
  for (let layer: Layer | null = head; layer; layer = layer.next) {
    const out = zeros(h.size);
    for (let i = 0; i < h.size; i++) out.set(i, layer.weights.slice(i).mul(h).sum());
    h = out;
  }
  return h;
}

// --- tests ---------------------------------------------------------------------

function testForwardIdentity(): boolean {
  const [left] = makeTowerPair();
  const y = left.forward(array([3, -1]));
  return approxEqual(y.get(0), 3) && approxEqual(y.get(1), -1);
}

function testWeightGapIsSymmetric(): boolean {
  const [left, right] = makeTowerPair();
  return approxEqual(left.weightGap(), 0.5) && approxEqual(right.weightGap(), left.weightGap());
}

function testCloneIsIndependent(): boolean {
  const [left] = makeTowerPair();
  const clone = cloneTower(left);
  clone.weights.fill(0);
  return approxEqual(clone.weights.sum(), 0) && approxEqual(left.weights.sum(), 2);
}

function testTuningLeavesFixture(): boolean {
  const [, right] = makeTowerPair();
  const candidate = right.weights;
  candidate.set([0, 1], 0); // expect: no-alias-mutation
  const tunedOut = right.forward(array([1, 1]));
  return approxEqual(tunedOut.get(0), 1) && approxEqual(right.weights.get(0, 1), 0.5);
}

function testChainScales(): boolean {
  const head = makeLayerChain(3);
  const y = runChain(head, array([1, 2]));
  return approxEqual(y.get(0), 6) && approxEqual(y.get(1), 12);
}

const suite: Record<string, () => boolean> = {
  testForwardIdentity,
  testWeightGapIsSymmetric,
  testCloneIsIndependent,
  testTuningLeavesFixture,
  testChainScales,
};

for (const [name, test] of Object.entries(suite)) {
  console.log(`${test() ? "PASS" : "FAIL"} ${name}`);
}

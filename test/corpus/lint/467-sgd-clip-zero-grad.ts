// An SGD optimiser over named parameters with gradient-norm clipping, value clipping and zero_grad between steps.
import { array, NDArray, zeros } from "ndalias";

class Parameter {
  grad: NDArray;
  constructor(readonly name: string, public value: NDArray) {
    this.grad = zeros(value.shape);
  }
}

function gradNorm(g: NDArray): number {
  return Math.sqrt(g.mul(g).sum());
}

// Limits every gradient entry to [-limit, limit].
function clipGradValue(g: NDArray, limit: number): void {
  for (let i = 0; i < g.size; i++) {
    g.data[i] = Math.min(limit, Math.max(-limit, g.data[i] as number));
  }
}

// Rescales g so that its L2 norm is at most maxNorm and reports the norm it had before.
function clipGradNorm(g: NDArray, maxNorm: number): number {
  const norm = gradNorm(g);
  if (norm > maxNorm) {
    g.imul(maxNorm / norm); // expect: no-alias-mutation
  }
  return norm;
}

class SGD {
  constructor(
    private readonly params: Parameter[],
    private readonly lr: number,
    private readonly maxNorm: number,
  ) {}

  step(): number {
    let total = 0;
    this.params.forEach((p) => {
      clipGradValue(p.grad, 5);
      total += clipGradNorm(p.grad, this.maxNorm);
      p.value.isub(p.grad.mul(this.lr));
    });
    return total;
  }

  zeroGrad(): void {
    for (const p of this.params) {
      p.grad.flatten().fill(0); // expect: no-lost-write
    }
  }
}

const params = [
  new Parameter("fc.weight", array([[0.2, -0.4], [0.7, 0.1]])),
  new Parameter("fc.bias", array([0, 0])),
];
const opt = new SGD(params, 0.1, 1.0);

const fakeGrads = [array([[1.5, -2], [0.5, 3]]), array([0.3, -0.1])];
for (let step = 0; step < 3; step++) {
  params.forEach((p, k) => {
    p.grad.iadd(fakeGrads[k].mul(step + 1));
  });
  const norm = opt.step();
  console.log(`step ${step}: summed pre-clip norm ${norm.toFixed(3)}`);
  opt.zeroGrad();
}

for (const p of params) {
  console.log(p.name, p.value.tolist(), "grad norm left:", gradNorm(p.grad).toFixed(3));
}

// An Adam optimiser keeping first and second moments per parameter, with bias correction computed on fresh arrays.
import { array, NDArray, zeros } from "ndalias";

class Param {
  grad: NDArray;
  constructor(readonly name: string, public value: NDArray) {
    this.grad = zeros(value.shape);
  }
}

function sqrtEach(x: NDArray): NDArray {
  const out = x.copy();
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.sqrt(out.data[i] as number);
  }
  return out;
}

class Adam {
  readonly m: NDArray[];
  readonly v: NDArray[];
  private t = 0;

  constructor(
    private readonly params: Param[],
    private readonly lr = 0.01,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly eps = 1e-8,
  ) {
    this.m = params.map((p) => zeros(p.value.shape));
    this.v = params.map((p) => zeros(p.value.shape));
  }

  step(): void {
    this.t += 1;
    const c1 = 1 - this.beta1 ** this.t;
    const c2 = 1 - this.beta2 ** this.t;
    this.params.forEach((p, i) => {
      this.m[i].imul(this.beta1);
      this.m[i].iadd(p.grad.mul(1 - this.beta1));
      this.v[i].imul(this.beta2);
      this.v[i].iadd(p.grad.mul(p.grad).mul(1 - this.beta2));

      const mHat = this.m[i].div(c1);
      const denom = sqrtEach(this.v[i].div(c2));
      denom.iadd(this.eps);
      p.value.isub(mHat.mul(this.lr).div(denom));
    });
  }

  zeroGrad(): void {
    this.params.forEach((p) => {
      p.grad.fill(0);
    });
  }

  momentNorms(): number[] {
    return this.m.map((mi) => Math.sqrt(mi.mul(mi).sum()));
  }
}

// Minimise f(w) = sum((w - target)^2) with hand-written gradients.
const target = array([1.5, -0.5, 2.0]);
const w = new Param("w", array([0, 0, 0]));
const opt = new Adam([w], 0.1);

for (let it = 0; it < 50; it++) {
  opt.zeroGrad();
  const residual = w.value.sub(target);
  w.grad.iadd(residual.mul(2));
  opt.step();
  if (it % 10 === 0) {
    console.log(`iter ${it}: loss ${residual.mul(residual).sum().toFixed(4)}`);
  }
}

const firstMoment = opt.m[0];
console.log("w:", w.value.tolist(), "first moment:", firstMoment.tolist());
console.log("moment norms:", opt.momentNorms().map((n) => n.toFixed(4)));

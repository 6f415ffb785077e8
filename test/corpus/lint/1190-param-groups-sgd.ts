// Parameter groups with their own learning rates and weight decay, stepped by an SGD optimizer with Nesterov momentum.
import { array, zeros, NDArray } from "ndalias";

class ParamGroup {
  readonly params: NDArray;
  readonly grad: NDArray;
  private velocity: NDArray;

  constructor(
    readonly name: string,
    init: number[],
    public lr: number,
    readonly weightDecay: number,
  ) {
    this.params = array(init);
    this.grad = zeros(init.length);
    this.velocity = zeros(init.length);
  }

  zeroGrad(): void {
    this.grad.fill(0);
  }

  step(momentum: number): void {
    if (this.weightDecay > 0) this.grad.iadd(this.params.mul(this.weightDecay));
    this.velocity.imul(momentum);
    this.velocity.iadd(this.grad);
    const nesterov = this.grad.add(this.velocity.mul(momentum));
    this.params.isub(nesterov.mul(this.lr));
  }

  norm(): number {
    return Math.sqrt(this.params.mul(this.params).sum());
  }

  // Returns a detached copy with the decay already applied, for export.
  exported(): NDArray {
    const out = this.params.copy();
    out.imul(1 - this.weightDecay);
    return out;
  }
}

class SGD {
  constructor(
    private readonly groups: ParamGroup[],
    private readonly momentum: number,
  ) {}

  zeroGrad(): void {
    for (const g of this.groups) g.zeroGrad();
  }

  step(): void {
    for (const g of this.groups) g.step(this.momentum);
  }

  scaleLr(factor: number): void {
    for (const g of this.groups) g.lr *= factor;
  }
}

// Writes the gradient of 0.5 * ||p - target||^2 into grad on purpose.
function quadraticGrad(grad: NDArray, p: NDArray, target: NDArray): void {
  grad.iadd(p.sub(target));
}

const encoder = new ParamGroup("encoder", [0.5, -0.2, 0.1, 0.7], 0.05, 1e-3);
const head = new ParamGroup("head", [1.0, -1.0], 0.2, 0);
const optimizer = new SGD([encoder, head], 0.9);

const encoderTarget = array([0.2, 0.2, 0.2, 0.2]);
const headTarget = array([0.3, -0.6]);
const before = [encoder.norm(), head.norm()];

for (let epoch = 0; epoch < 20; epoch++) {
  optimizer.zeroGrad();
  quadraticGrad(encoder.grad, encoder.params, encoderTarget);
  quadraticGrad(head.grad, head.params, headTarget);
  optimizer.step();
  if (epoch === 9) optimizer.scaleLr(0.5);
}

// The head's first weight is pinned to the target after training (the h[0] = x idiom).
head.params.slice(":1").fill(headTarget.get(0));

const exportedEncoder = encoder.exported();
const residual = head.params.sub(headTarget);

console.log("norms before:", before.map((n) => n.toFixed(3)).join(", "));
console.log("encoder:", encoder.params.tolist(), "norm:", encoder.norm().toFixed(4));
console.log("head:", head.params.tolist(), "residual:", residual.tolist());
console.log("exported encoder:", exportedEncoder.tolist());
console.log("grad norms:", Math.sqrt(encoder.grad.mul(encoder.grad).sum()).toFixed(4), head.grad.tolist());
console.log("learning rates:", encoder.lr, head.lr);

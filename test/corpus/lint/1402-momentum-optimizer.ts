// A momentum SGD optimizer fitting a quadratic trend to a short series, with an update preview for the training log and exported scaled parameters.
import { array, zeros, NDArray } from "ndalias";

class MomentumSGD {
  params: NDArray;
  velocity: NDArray;
  readonly gradNorms: number[] = [];

  constructor(
    initial: NDArray,
    private readonly lr: number,
    private readonly beta: number,
  ) {
    this.params = initial.copy();
    this.velocity = zeros(initial.size);
  }

  step(grad: NDArray): number {
    const norm = Math.sqrt(grad.mul(grad).sum());
    this.gradNorms.push(norm);
    const v = this.velocity.mul(this.beta);
    v.iadd(grad.mul(1 - this.beta)); // expect: no-lost-write
    this.params.isub(this.velocity.mul(this.lr));
    return norm;
  }

  previewUpdate(grad: NDArray): NDArray {
    const v = this.velocity;
    v.imul(this.beta); // expect: no-alias-mutation
    return v.add(grad.mul(1 - this.beta)).mul(this.lr);
  }

  exportParams(scale: number): NDArray {
    const out = this.params.copy();
    out.imul(scale);
    return out;
  }

  reset(): void {
    this.velocity.fill(0);
    this.gradNorms.length = 0;
  }
}

const xs = array([0, 1, 2, 3, 4, 5]);
const ys = array([1.1, 2.9, 7.2, 13.1, 20.8, 31.2]);

function predict(p: NDArray): NDArray {
  const quad = xs.mul(xs);
  quad.imul(p.get(2));
  quad.iadd(xs.mul(p.get(1)));
  quad.iadd(p.get(0));
  return quad;
}

function gradientAt(p: NDArray): NDArray {
  const err = predict(p).sub(ys);
  const g = zeros(3);
  g.set(0, 2 * err.mean());
  g.set(1, 2 * err.mul(xs).mean());
  g.set(2, 2 * err.mul(xs).mul(xs).mean());
  return g;
}

function loss(p: NDArray): number {
  const err = predict(p).sub(ys);
  return err.mul(err).mean();
}

const initial = array([0, 0, 0]);
const opt = new MomentumSGD(initial, 0.002, 0.9);

for (let epoch = 0; epoch < 30; epoch++) {
  const norm = opt.step(gradientAt(opt.params));
  if (epoch % 10 === 0) {
    const preview = opt.previewUpdate(gradientAt(opt.params));
    console.log(`epoch ${epoch}: loss ${loss(opt.params).toFixed(3)}, |grad| ${norm.toFixed(2)}, next update`, preview.tolist());
  }
}

const exported = opt.exportParams(10);
console.log("fitted parameters:", opt.params.tolist(), "initial guess:", initial.tolist());
console.log("exported (x10):", exported.tolist());
console.log("gradient norm trend:", opt.gradNorms.filter((_, i) => i % 5 === 0).map((n) => n.toFixed(2)));

opt.reset();
console.log("velocity after reset:", opt.velocity.tolist());

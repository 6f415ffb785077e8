// A momentum optimiser whose update step is handed to a training loop as a callback, with paired optimisers that can read each other.
import { array, zeros, NDArray } from "ndalias";

class Momentum {
  params: NDArray;
  velocity: NDArray;
  partner: Momentum | null = null;
  steps = 0;

  constructor(
    init: NDArray,
    readonly lr: number,
    readonly beta: number,
  ) {
    this.params = init.copy();
    this.velocity = zeros(init.size);
  }

  step = (grad: NDArray): number => {
    const v = this.velocity;
    v.imul(this.beta); // expect: no-alias-mutation
    this.velocity.iadd(grad.mul(this.lr));
    this.params.isub(this.velocity);
    this.steps += 1;
    return this.velocity.sum();
  };

  decay = (factor: number): number => {
    this.params.imul(factor);
    return this.params.sum();
  };

  snapshot(): NDArray {
    return this.params.copy();
  }

  pairWith(other: Momentum): void {
    this.partner = other;
    other.partner = this; // expect: no-reference-cycle
  }

  distanceToPartner(): number {
    if (!this.partner) return 0;
    const d = this.params.sub(this.partner.params);
    return Math.sqrt(d.mul(d).sum());
  }
}

type GradFn = (params: NDArray, t: number) => NDArray;
type UpdateFn = (grad: NDArray) => number;

function train(steps: number, params: () => NDArray, gradient: GradFn, update: UpdateFn): number[] {
  const trace: number[] = [];
  for (let t = 0; t < steps; t++) {
    trace.push(update(gradient(params(), t)));
  }
  return trace;
}

const quadratic: GradFn = (p, t) => p.mul(2).add(t * 0.01);
const noisy =
  (scale: number): GradFn =>
  (p, t) =>
    p.mul(2).add(Math.sin(t) * scale);

const generator = new Momentum(array([1, -2, 0.5]), 0.1, 0.9);
const critic = new Momentum(array([0.5, 0.5, 0.5]), 0.05, 0.8);
generator.pairWith(critic);

const genTrace = train(5, () => generator.params, quadratic, generator.step);
const criticTrace = train(5, () => critic.params, noisy(0.1), critic.step);
console.log("generator velocity sums:", genTrace.map((v) => v.toFixed(4)));
console.log("critic velocity sums:", criticTrace.map((v) => v.toFixed(4)));

const before = generator.snapshot();
const decayed = [0.99, 0.98].map(generator.decay);
console.log("after decay:", decayed.map((d) => d.toFixed(4)), "before decay:", before.tolist());
console.log("distance between partners:", generator.distanceToPartner().toFixed(4));
console.log("critic velocity:", critic.velocity.tolist(), "steps:", critic.steps);

const finalParams = [generator, critic].map((opt) => opt.snapshot());
finalParams.forEach((p, i) => console.log(`optimiser ${i} params:`, p.tolist(), "norm:", Math.sqrt(p.mul(p).sum()).toFixed(4)));
console.log("partner of the critic is the generator:", critic.partner === generator);

// Runs a 1-D reaction-diffusion smoother with front/back buffers that swap each step, and derives decayed and relaxed copies of the field.
import { array, zeros, NDArray } from "ndalias";

abstract class DoubleBuffered {
  protected front: NDArray;
  protected back: NDArray;
  protected generation = 0;

  constructor(initial: NDArray) {
    this.front = initial.copy();
    this.back = zeros(initial.size);
  }

  protected abstract update(i: number): number;

  step(): void {
    for (let i = 0; i < this.front.size; i++) {
      this.back.set(i, this.update(i));
    }
    [this.front, this.back] = [this.back, this.front];
    this.generation += 1;
  }

  get current(): NDArray {
    return this.front;
  }

  get age(): number {
    return this.generation;
  }
}

class Smoother extends DoubleBuffered {
  constructor(initial: NDArray, private readonly weight: number) {
    super(initial);
  }

  protected update(i: number): number {
    const n = this.front.size;
    const left = this.front.get((i + n - 1) % n);
    const right = this.front.get((i + 1) % n);
    const mid = this.front.get(i);
    return (1 - 2 * this.weight) * mid + this.weight * (left + right);
  }

  decayed(rate: number): NDArray {
    let field: NDArray = this.front;
    field = field.mul(1 - rate);
    field.iadd(rate * this.front.mean());
    return field;
  }

  probe(at: number): NDArray {
    let pulse: NDArray = this.front;
    pulse = zeros(this.front.size);
    pulse.set(at, 1);
    pulse.imul(this.front.get(at));
    return pulse;
  }
}

class ReactionSmoother extends Smoother {
  constructor(initial: NDArray, weight: number, private readonly growth: number) {
    super(initial, weight);
  }

  protected override update(i: number): number {
    const base = super.update(i);
    return base + this.growth * base * (1 - base);
  }
}

function relax(src: NDArray, iterations: number): NDArray {
  let a = src.copy();
  let b = zeros(src.size);
  for (let it = 0; it < iterations; it++) {
    for (let i = 1; i < a.size - 1; i++) {
      b.set(i, 0.5 * (a.get(i - 1) + a.get(i + 1)));
    }
    b.set(0, a.get(0));
    b.set(a.size - 1, a.get(a.size - 1));
    [a, b] = [b, a];
  }
  return a;
}

function runFor(sim: DoubleBuffered, steps: number): number {
  for (let s = 0; s < steps; s++) sim.step();
  return sim.current.sum();
}

const initial = array([0, 0, 0.9, 0.1, 0, 0, 0.4, 0]);
const plain = new Smoother(initial, 0.25);
const reactive = new ReactionSmoother(initial, 0.25, 0.1);

console.log("plain mass after 5 steps:", runFor(plain, 5).toFixed(4), "age:", plain.age);
console.log("reactive mass after 5 steps:", runFor(reactive, 5).toFixed(4), "age:", reactive.age);
console.log("plain field:", (plain.current.tolist() as number[]).map((v) => Number(v.toFixed(3))));
console.log("decayed:", plain.decayed(0.5).tolist(), "probe:", plain.probe(2).tolist());
console.log("still:", (plain.current.tolist() as number[]).map((v) => Number(v.toFixed(3))));
console.log("relaxed:", (relax(initial, 20).tolist() as number[]).map((v) => Number(v.toFixed(3))));
console.log("initial:", initial.tolist());

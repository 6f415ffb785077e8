// Heat diffusion components of a physics engine: solvers step a temperature field with two swapped buffers and dampers rescale results.
import { array, zeros, NDArray } from "ndalias";

abstract class FieldSolver {
  constructor(protected readonly rate: number) {}

  protected abstract next(current: NDArray, i: number): number;

  run(initial: NDArray, steps: number): NDArray {
    let current = initial.copy();
    let scratch = zeros(initial.size);
    for (let s = 0; s < steps; s++) {
      for (let i = 0; i < current.size; i++) scratch.set(i, this.next(current, i));
      [current, scratch] = [scratch, current];
    }
    return current;
  }
}

class Diffusion1D extends FieldSolver {
  protected next(current: NDArray, i: number): number {
    const left: number = current.get(Math.max(0, i - 1));
    const right: number = current.get(Math.min(current.size - 1, i + 1));
    const here: number = current.get(i);
    return here + this.rate * (left - 2 * here + right);
  }
}

class InsulatedDiffusion extends Diffusion1D {
  protected override next(current: NDArray, i: number): number {
    if (i === 0 || i === current.size - 1) return current.get(i);
    return super.next(current, i);
  }
}

class Damper {
  constructor(private readonly factor: number, private readonly ambient: number) {}

  apply(field: NDArray): NDArray {
    let out = field;
    out = out.sub(this.ambient);
    out.imul(this.factor);
    out.iadd(this.ambient);
    return out;
  }
}

const rod = array([0, 0, 100, 0, 0, 0]);
const solvers: FieldSolver[] = [new Diffusion1D(0.2), new InsulatedDiffusion(0.2)];
const damper = new Damper(0.9, 20);
for (const solver of solvers) {
  const field = solver.run(rod, 4);
  console.log(solver.constructor.name, field.tolist(), "damped:", damper.apply(field).tolist());
}
console.log("initial rod:", rod.tolist());

// Position-based dynamics constraints: each constraint projects the particle positions in place, and the solver applies them in turn.
import { array, NDArray } from "ndalias";

interface Constraint {
  readonly label: string;
  project(positions: NDArray): void;
}

type ConstraintClass = new (...args: any[]) => Constraint;

function Counted<TBase extends ConstraintClass>(Base: TBase) {
  return class extends Base {
    applications = 0;
    project(positions: NDArray): void {
      this.applications += 1;
      super.project(positions);
    }
  };
}

class FloorConstraint implements Constraint {
  readonly label = "floor";

  constructor(private readonly height: number) {}

  project(positions: NDArray): void {
    const z = positions.slice(":", 2);
    for (let i = 0; i < z.size; i++) {
      if (z.get(i) < this.height) z.set(i, this.height);
    }
  }
}

class BoxConstraint implements Constraint {
  readonly label = "box";

  constructor(private readonly halfWidth: number) {}

  project(positions: NDArray): void {
    for (let i = 0; i < positions.shape[0]; i++) {
      for (let axis = 0; axis < 2; axis++) {
        const v: number = positions.get(i, axis);
        positions.set([i, axis], Math.max(-this.halfWidth, Math.min(this.halfWidth, v)));
      }
    }
  }
}

const CountedFloor = Counted(FloorConstraint);

class Solver {
  constructor(private readonly constraints: Constraint[], private readonly iterations: number) {}

  solve(positions: NDArray): void {
    for (let it = 0; it < this.iterations; it++) {
      for (const c of this.constraints) c.project(positions);
    }
  }
}

const floor = new CountedFloor(0);
const solver = new Solver([floor, new BoxConstraint(1)], 2);
const particles = array([
  [0.5, 1.4, -0.2],
  [-2.0, 0.3, 0.7],
  [0.1, 0.1, 0.0],
]);
solver.solve(particles);
console.log("projected particles:", particles.tolist());
console.log("floor applied", floor.applications, "times; lowest particle at", particles.slice(":", 2).min());

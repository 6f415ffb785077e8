// Rope simulation component: an injected integrator advances positions with Verlet steps, and the rope reports its stretch energy.
import { array, zeros, full, NDArray } from "ndalias";

interface Integrator {
  advance(positions: NDArray, previous: NDArray, acceleration: NDArray, dt: number): void;
}

class VerletIntegrator implements Integrator {
  advance(positions: NDArray, previous: NDArray, acceleration: NDArray, dt: number): void {
    const next = positions.mul(2).sub(previous).add(acceleration.mul(dt * dt));
    previous.assign(":", positions);
    positions.assign(":", next);
  }
}

class DampedVerlet extends VerletIntegrator {
  constructor(private readonly damping: number) {
    super();
  }

  override advance(positions: NDArray, previous: NDArray, acceleration: NDArray, dt: number): void {
    const drift = positions.sub(previous);
    drift.imul(this.damping);
    previous.assign(":", positions.sub(drift));
    super.advance(positions, previous, acceleration, dt);
  }
}

class Rope {
  private readonly positions: NDArray;
  private readonly previous: NDArray;
  private readonly rest: NDArray;

  constructor(private readonly integrator: Integrator, heights: number[], private readonly stiffness: number) {
    this.positions = array(heights);
    this.previous = array(heights);
    this.rest = full(heights.length, heights[0]);
  }

  step(gravity: number, dt: number): number {
    const acceleration = zeros(this.positions.size);
    acceleration.fill(gravity);
    this.integrator.advance(this.positions, this.previous, acceleration, dt);
    return this.positions.min();
  }

  stretchEnergy(): number {
    const offsets = this.positions.sub(this.rest);
    offsets.imul(offsets);
    offsets.imul(0.5 * this.stiffness);
    return offsets.sum();
  }

  sagProfile(): NDArray {
    const profile = this.positions.astype("float32");
    profile.isub(this.positions.max());
    return profile;
  }
}

const plain = new Rope(new VerletIntegrator(), [1, 1, 1, 1], 40);
const damped = new Rope(new DampedVerlet(0.2), [1, 1, 1, 1], 40);
for (let i = 0; i < 3; i++) {
  console.log(`step ${i}: lowest ${plain.step(-9.81, 0.02).toFixed(4)} / ${damped.step(-9.81, 0.02).toFixed(4)}`);
}
console.log("energy:", plain.stretchEnergy().toFixed(4), damped.stretchEnergy().toFixed(4));
console.log("sag:", damped.sagProfile().tolist());

// Particle system with packed [x, y, vx, vy] rows: a tool script damps the velocity view the system exposes, and the emitter edits a fancy-indexed copy of a particle.
// runnable
import { array, zeros, NDArray } from "ndalias";

class ParticleSystem {
  private state: NDArray;
  private readonly gravity = -9.81;

  constructor(count: number) {
    this.state = zeros([count, 4]);
  }

  seed(rows: number[][]): void {
    this.state = array(rows);
  }

  get velocities(): NDArray {
    return this.state.slice(":", "2:4");
  }

  positions(): NDArray {
    return this.state.slice(":", "0:2").copy();
  }

  integrate(dt: number): number {
    this.state.slice(":", 3).iadd(this.gravity * dt);
    this.state.slice(":", "0:2").iadd(this.state.slice(":", "2:4").mul(dt));
    return this.kineticEnergy();
  }

  kineticEnergy(): number {
    const v = this.state.slice(":", "2:4");
    return 0.5 * v.mul(v).sum();
  }

  emitFrom(template: number, x: number): void {
    const spawn = this.state.take([template], 0);
    spawn.set([0, 0], x); // expect: no-lost-write
  }
}

const sys = new ParticleSystem(3);
sys.seed([
  [0, 10, 1, 0],
  [1, 12, -1, 2],
  [2, 8, 0.5, -1],
]);
console.log("energy before:", sys.integrate(0.1).toFixed(3));

const v = sys.velocities;
v.imul(0.5); // expect: no-view-mutation
console.log("damped velocities:", v.tolist());

sys.emitFrom(0, 5);
console.log("energy after damping:", sys.kineticEnergy().toFixed(3));
const pos = sys.positions();
pos.iadd(1);
console.log("shifted positions (preview):", pos.tolist());

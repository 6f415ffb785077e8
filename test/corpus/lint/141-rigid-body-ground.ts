// 2-D rigid-body world with packed [x, y, vx, vy] rows: integration keeps a "previous positions" view that it meant as a copy, and ground contact clamps heights through a local column view.
import { array, NDArray } from "ndalias";

class RigidWorld {
  private state: NDArray;
  private readonly restitution = 0.6;
  private contacts = 0;

  constructor(bodies: number[][]) {
    this.state = array(bodies);
  }

  get count(): number {
    return this.state.shape[0];
  }

  integrate(dt: number): number {
    const before = this.state.slice(":", "0:2");
    this.state.slice(":", 3).isub(9.81 * dt);
    const vel = this.state.slice(":", "2:4");
    this.state.slice(":", "0:2").iadd(vel.mul(dt)); // expect: no-view-mutation
    const displacement = this.state.slice(":", "0:2").sub(before);
    return Math.sqrt(displacement.mul(displacement).sum());
  }

  resolveGround(): number {
    const heights = this.state.slice(":", 1);
    let hits = 0;
    for (let i = 0; i < this.count; i++) {
      if (heights.get(i) < 0) {
        heights.set(i, 0); // expect: no-view-mutation
        this.state.set([i, 3], -this.state.get(i, 3) * this.restitution);
        hits++;
      }
    }
    this.contacts += hits;
    return hits;
  }

  kineticEnergy(): number {
    const v = this.state.slice(":", "2:4");
    return 0.5 * v.mul(v).sum();
  }

  snapshot(): NDArray {
    return this.state.copy();
  }
}

const world = new RigidWorld([
  [0, 0.05, 1, -2],
  [2, 5, 0, 0],
]);
for (let k = 0; k < 3; k++) {
  const moved = world.integrate(0.05);
  const hits = world.resolveGround();
  console.log(`step ${k}: moved ${moved.toFixed(3)} contacts ${hits}`);
}
const frame = world.snapshot();
frame.slice(":", "2:4").fill(0);
console.log("frozen frame:", frame.tolist(), "energy:", world.kineticEnergy().toFixed(3));

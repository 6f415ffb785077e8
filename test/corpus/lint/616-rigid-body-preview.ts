// Rigid-body components of a small physics engine: the renderer asks each body where it will be after a frame and draws its state.
// runnable
import { array, NDArray } from "ndalias";

abstract class Body {
  /** row 0: position, row 1: velocity */
  protected readonly state: NDArray;

  constructor(position: number[], velocity: number[], readonly mass: number) {
    this.state = array([position, velocity]);
  }

  get position(): NDArray {
    return this.state.slice(0);
  }

  kineticEnergy(): number {
    const v = this.state.slice(1);
    return 0.5 * this.mass * v.mul(v).sum();
  }

  abstract predict(dt: number): NDArray;
}

class Particle extends Body {
  predict(dt: number): NDArray {
    const ahead = this.state.slice(0);
    ahead.iadd(this.state.slice(1).mul(dt)); // expect: no-view-mutation
    return ahead;
  }
}

class AnchoredBody extends Body {
  static at(position: number[]): AnchoredBody {
    return new AnchoredBody(position, [0, 0, 0], Infinity);
  }

  predict(_dt: number): NDArray {
    return this.state.slice(0).copy();
  }

  override kineticEnergy(): number {
    return 0;
  }
}

class Renderer {
  constructor(private readonly frameTime: number) {}

  drawFrame(bodies: Body[]): void {
    for (const body of bodies) {
      const ghost = body.predict(this.frameTime);
      console.log("ghost at", ghost.tolist(), "energy", body.kineticEnergy().toFixed(2));
    }
  }
}

const bodies: Body[] = [new Particle([0, 0, 1], [2, 0, -1], 1.5), AnchoredBody.at([3, 3, 0])];
const renderer = new Renderer(0.25);
renderer.drawFrame(bodies);
for (const body of bodies) {
  console.log("body now at", body.position.tolist());
}

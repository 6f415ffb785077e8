// Robot description loader: links are built by static factories from shared inertia templates and scaled per robot without touching the templates.
import { array, NDArray } from "ndalias";

const TEMPLATE_INERTIA = array([0.02, 0.02, 0.01]);

abstract class LinkBase {
  protected readonly inertia: NDArray;

  protected constructor(inertia: NDArray, readonly mass: number) {
    this.inertia = inertia;
  }

  abstract describe(): string;

  scaledInertia(factor: number): NDArray {
    const scaled = this.inertia.copy();
    scaled.imul(factor);
    return scaled;
  }
}

class BoxLink extends LinkBase {
  static fromTemplate(mass: number): BoxLink {
    const inertia = TEMPLATE_INERTIA.copy();
    inertia.imul(mass);
    return new BoxLink(inertia, mass);
  }

  describe(): string {
    return `box ${this.mass} kg, inertia ${JSON.stringify(this.inertia.tolist())}`;
  }
}

class CylinderLink extends LinkBase {
  static fromTemplate(mass: number, radius: number): CylinderLink {
    const inertia = TEMPLATE_INERTIA.mul(mass);
    inertia.set(2, 0.5 * mass * radius * radius);
    return new CylinderLink(inertia, mass, radius);
  }

  private constructor(inertia: NDArray, mass: number, readonly radius: number) {
    super(inertia, mass);
  }

  override scaledInertia(factor: number): NDArray {
    const scaled = super.scaledInertia(factor);
    scaled.set(2, scaled.get(2) * 1.05);
    return scaled;
  }

  describe(): string {
    return `cylinder r=${this.radius}, inertia ${JSON.stringify(this.inertia.tolist())}`;
  }
}

class RobotModel {
  constructor(private readonly links: LinkBase[]) {}

  payloadInertia(payloadFactor: number): NDArray {
    const total = TEMPLATE_INERTIA.mul(0);
    for (const link of this.links) total.iadd(link.scaledInertia(payloadFactor));
    return total;
  }

  report(): string[] {
    return this.links.map((l) => l.describe());
  }
}

const robot = new RobotModel([BoxLink.fromTemplate(3), CylinderLink.fromTemplate(1.2, 0.05), BoxLink.fromTemplate(0.8)]);
console.log(robot.report().join("\n"));
console.log("with payload:", robot.payloadInertia(1.5).tolist());
console.log("template untouched:", TEMPLATE_INERTIA.tolist());

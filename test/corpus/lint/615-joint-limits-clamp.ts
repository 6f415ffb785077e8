// Robot arm joint models: each joint type clamps commanded angles to its limits before the arm controller sends them to the servos.
import { array, NDArray } from "ndalias";

interface JointModel {
  readonly name: string;
  clamp(command: NDArray): NDArray;
  travel(): number;
}

abstract class LimitedJoint implements JointModel {
  protected readonly lower: NDArray;
  protected readonly upper: NDArray;

  protected constructor(readonly name: string, lower: number[], upper: number[]) {
    this.lower = array(lower);
    this.upper = array(upper);
  }

  travel(): number {
    return this.upper.sub(this.lower).sum();
  }

  abstract clamp(command: NDArray): NDArray;
}

class RevoluteJoint extends LimitedJoint {
  constructor(name: string, lower: number[], upper: number[]) {
    super(name, lower, upper);
  }

  clamp(command: NDArray): NDArray {
    const safe = command.copy();
    for (let i = 0; i < safe.size; i++) {
      const lo: number = this.lower.get(i);
      const hi: number = this.upper.get(i);
      safe.set(i, Math.min(hi, Math.max(lo, safe.get(i))));
    }
    return safe;
  }
}

class PrismaticJoint extends LimitedJoint {
  static fromStroke(name: string, stroke: number): PrismaticJoint {
    return new PrismaticJoint(name, [0], [stroke]);
  }

  private constructor(name: string, lower: number[], upper: number[]) {
    super(name, lower, upper);
  }

  clamp(command: NDArray): NDArray {
    for (let i = 0; i < command.size; i++) {
      if (command.get(i) > this.upper.get(i)) {
        command.set(i, this.upper.get(i)); // expect: no-alias-mutation
      } else if (command.get(i) < this.lower.get(i)) {
        command.set(i, this.lower.get(i)); // expect: no-alias-mutation
      }
    }
    return command;
  }
}

class ArmController {
  constructor(private readonly joints: JointModel[]) {}

  send(targets: NDArray[]): number[] {
    const sent: number[] = [];
    this.joints.forEach((joint, k) => {
      const safe = joint.clamp(targets[k]);
      sent.push(safe.sum());
    });
    return sent;
  }

  totalTravel(): number {
    return this.joints.reduce((acc, j) => acc + j.travel(), 0);
  }
}

const controller = new ArmController([
  new RevoluteJoint("shoulder", [-1.5, -0.5], [1.5, 2.0]),
  PrismaticJoint.fromStroke("gripper", 0.08),
]);
const shoulderTarget = array([2.0, 0.3]);
const gripperTarget = array([0.12]);
console.log("sent:", controller.send([shoulderTarget, gripperTarget]));
console.log("requested gripper opening:", gripperTarget.get(0), "travel:", controller.totalTravel());

// Forward kinematics of a planar arm: the arm stores link lengths and a pose, enforces a shoulder limit and reports the end-effector position.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Kinematics {
  endEffector(): [number, number];
  reach(): number;
}

abstract class SerialArm implements Kinematics {
  protected pose: NDArray;

  protected constructor(protected readonly lengths: NDArray, protected readonly homeOffsets: NDArray) {
    this.pose = zeros(lengths.size);
  }

  setPose(angles: NDArray): void {
    this.pose = angles.add(this.homeOffsets);
  }

  reach(): number {
    return this.lengths.sum();
  }

  abstract endEffector(): [number, number];
}

class PlanarArm extends SerialArm {
  static twoLink(upper: number, fore: number): PlanarArm {
    return new PlanarArm(array([upper, fore]), array([0, 0.1]));
  }

  endEffector(): [number, number] {
    let x = 0;
    let y = 0;
    let theta = 0;
    for (let i = 0; i < this.pose.size; i++) {
      theta += this.pose.get(i);
      x += this.lengths.get(i) * Math.cos(theta);
      y += this.lengths.get(i) * Math.sin(theta);
    }
    return [x, y];
  }

  limitShoulder(maxAngle: number): void {
    const q = this.pose.flatten();
    if (q.get(0) > maxAngle) {
      q.set(0, maxAngle); // expect: no-lost-write
    }
  }

  goHome(): void {
    this.pose.copy().fill(0); // expect: no-lost-write
  }

  mirrored(): NDArray {
    const q = this.pose.copy();
    q.imul(-1);
    return q;
  }
}

const arm = PlanarArm.twoLink(0.5, 0.4);
arm.setPose(array([1.4, 0.6]));
arm.limitShoulder(1.2);
const [x, y] = arm.endEffector();
console.log(`end effector (${x.toFixed(3)}, ${y.toFixed(3)}) of reach ${arm.reach()}`);
console.log("mirrored pose:", arm.mirrored().tolist());
arm.goHome();
const [hx, hy] = arm.endEffector();
console.log(`home position (${hx.toFixed(3)}, ${hy.toFixed(3)})`);

// Robot end-effector mounting: a flange carries its mounting transform, a tool carries its tip offset, and mounting links the two.
import { array, eye, NDArray } from "ndalias";

abstract class Frame {
  protected readonly offset: NDArray;

  protected constructor(readonly name: string, offset: number[]) {
    this.offset = array(offset);
  }

  abstract worldOffset(): NDArray;

  distanceTo(other: Frame): number {
    const d = this.worldOffset().sub(other.worldOffset());
    return Math.sqrt(d.mul(d).sum());
  }
}

class Tool extends Frame {
  mountedOn: Flange | null = null;
  readonly inertia: NDArray = eye(3);

  constructor(name: string, tip: number[]) {
    super(name, tip);
  }

  worldOffset(): NDArray {
    return this.mountedOn ? this.mountedOn.worldOffset().add(this.offset) : this.offset.copy();
  }

  detach(): void {
    this.mountedOn = null;
  }
}

class Flange extends Frame {
  tool: Tool | null = null;

  static onWrist(wrist: number[]): Flange {
    return new Flange("flange", wrist);
  }

  private constructor(name: string, offset: number[]) {
    super(name, offset);
  }

  worldOffset(): NDArray {
    return this.offset.copy();
  }

  mount(tool: Tool): Tool {
    this.tool?.detach();
    this.tool = tool;
    tool.mountedOn = this; // expect: no-reference-cycle
    return tool;
  }

  tipPosition(): NDArray {
    return this.tool ? this.tool.worldOffset() : this.worldOffset();
  }
}

const flange = Flange.onWrist([0.4, 0.0, 0.9]);
const gripper = new Tool("gripper", [0, 0, 0.12]);
const camera = new Tool("camera", [0.05, 0, 0.03]);
flange.mount(gripper);
console.log("gripper tip:", flange.tipPosition().tolist());
flange.mount(camera);
console.log("camera tip:", flange.tipPosition().tolist(), "gripper at rest:", gripper.worldOffset().tolist());
console.log("camera-to-gripper distance:", camera.distanceTo(gripper).toFixed(3));

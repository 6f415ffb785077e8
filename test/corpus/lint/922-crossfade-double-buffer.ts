// Click-free parameter changes with a double-buffered wavetable: the engine crossfades from the front table to the back table over one block, swaps them, and pans the result into a stereo pair.
import { array, linspace, zeros, NDArray } from "ndalias";

interface StereoPair {
  left: NDArray;
  right: NDArray;
}

class CrossfadeTable {
  private front: NDArray;
  private back: NDArray;
  private lastPeak = 0;

  constructor(size: number) {
    this.front = zeros(size);
    this.back = zeros(size);
  }

  // Loads the next table into the back buffer; the front keeps playing.
  stage(next: NDArray): void {
    this.back.assign(":", next);
  }

  swap(): void {
    [this.front, this.back] = [this.back, this.front];
  }

  // Output of one block: the front table fading out, the back table fading in.
  render(ramp: NDArray): NDArray {
    const outgoing = this.front;
    outgoing.imul(ramp.flip()); // expect: no-alias-mutation
    const incoming = this.back.mul(ramp);
    const out = incoming.add(outgoing);
    this.lastPeak = Math.max(this.front.max(), -this.front.min());
    return out;
  }

  // Correct variant used by the preview path: the blend is built from fresh arrays only.
  preview(ramp: NDArray): NDArray {
    const blend = this.front.mul(ramp.flip());
    blend.iadd(this.back.mul(ramp));
    return blend;
  }

  get frontPeak(): number {
    return this.lastPeak;
  }

  frontSum(): number {
    return this.front.sum();
  }
}

// Equal-power pan of a mono block into a stereo pair.
function pan(mono: NDArray, position: number, out: StereoPair): number {
  const theta = ((position + 1) * Math.PI) / 4;
  const { left, right } = out;
  left.assign(":", mono.mul(Math.cos(theta))); // expect: no-alias-mutation
  right.assign(":", mono.mul(Math.sin(theta))); // expect: no-alias-mutation
  return Math.max(left.max(), right.max());
}

// The same pan returning a new pair, used by the offline bounce.
function panned(mono: NDArray, position: number): StereoPair {
  const theta = ((position + 1) * Math.PI) / 4;
  const left = mono.mul(Math.cos(theta));
  const right = mono.mul(Math.sin(theta));
  return { left, right };
}

const SIZE = 8;
const engine = new CrossfadeTable(SIZE);
engine.stage(array([0, 0.7, 1, 0.7, 0, -0.7, -1, -0.7]));
engine.swap();
engine.stage(array([0, 0.5, 0.5, 0.5, 0, -0.5, -0.5, -0.5]));

const ramp = linspace(0, 1, SIZE);
const preview = engine.preview(ramp);
console.log("preview:", preview.tolist());

const block = engine.render(ramp);
console.log("crossfaded block:", block.tolist());
console.log("front peak during render:", engine.frontPeak.toFixed(3), "front sum:", engine.frontSum().toFixed(3));
engine.swap();

const pair: StereoPair = { left: zeros(SIZE), right: zeros(SIZE) };
const loudest = pan(block, 0.25, pair);
console.log("pan peak:", loudest.toFixed(3));
console.log("left:", pair.left.tolist());
console.log("right:", pair.right.tolist());

const bounce = panned(block, -0.5);
console.log("bounce balance:", (bounce.left.sum() - bounce.right.sum()).toFixed(3));

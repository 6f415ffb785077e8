// Stereo ping-pong delay node with a circular buffer field, a shared fade window for click-free bypass, and a tap readout.
import { array, zeros, linspace, NDArray } from "ndalias";

const FADE_LEN = 4;
const FADE_WINDOW = linspace(0, 1, FADE_LEN);

export class PingPongDelay {
  private ring: NDArray;
  private writePos = 0;
  private bypassed = false;

  constructor(
    private delaySamples: number,
    private feedback: number,
  ) {
    this.ring = zeros([2, delaySamples]);
  }

  setBypass(bypassed: boolean): void {
    this.bypassed = bypassed;
  }

  clear(): void {
    this.ring.fill(0);
    this.writePos = 0;
  }

  process(input: NDArray): NDArray {
    const frames = input.shape[1];
    const out = zeros([2, frames]);
    const ring = this.ring;
    for (let n = 0; n < frames; n++) {
      const delayedL = ring.get(0, this.writePos);
      const delayedR = ring.get(1, this.writePos);
      const inL = this.bypassed ? 0 : input.get(0, n);
      const inR = this.bypassed ? 0 : input.get(1, n);
      ring.set([0, this.writePos], inL + this.feedback * delayedR); // expect: no-alias-mutation
      ring.set([1, this.writePos], inR + this.feedback * delayedL); // expect: no-alias-mutation
      out.set([0, n], input.get(0, n) + delayedL);
      out.set([1, n], input.get(1, n) + delayedR);
      this.writePos = (this.writePos + 1) % this.delaySamples;
    }
    return out;
  }

  tapLevels(): number[] {
    const levels: number[] = [];
    for (let c = 0; c < 2; c++) {
      const lane = this.ring.slice(c);
      levels.push(Math.max(lane.max(), -lane.min()));
    }
    return levels;
  }
}

export function fadeIn(block: NDArray): NDArray {
  const out = block.copy();
  out.slice(":", `:${FADE_LEN}`).imul(FADE_WINDOW);
  return out;
}

export function fadeOut(block: NDArray): NDArray {
  const out = block.copy();
  const ramp = FADE_WINDOW.flip();
  out.slice(":", `-${FADE_LEN}:`).imul(ramp);
  return out;
}

export function equalPowerWindow(): NDArray {
  const curve = FADE_WINDOW.view();
  for (let i = 0; i < curve.size; i++) {
    curve.set(i, Math.sin((curve.get(i) * Math.PI) / 2)); // expect: no-view-mutation
  }
  return curve;
}

const delay = new PingPongDelay(3, 0.5);
const clicks = array([
  [0, 0, 0, 0, 1, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0],
]);

const first = delay.process(fadeIn(clicks));
delay.setBypass(true);
const tail = fadeOut(delay.process(zeros([2, 8])));
console.log("first block:", first.tolist());
console.log("tail:", tail.tolist());
console.log("tap levels:", delay.tapLevels());
console.log("equal-power fade:", equalPowerWindow().tolist());
delay.clear();

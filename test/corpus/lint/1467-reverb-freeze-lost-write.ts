// Feedback-delay reverb node with a freeze switch, a damping control and a wet/dry output, run over a short mono block.
import { array, zeros, NDArray } from "ndalias";

class FeedbackDelayReverb {
  private lines: NDArray;
  private positions: number[];
  private frozen = false;

  constructor(
    private lengths: number[],
    private feedback: number,
    private damping: number,
  ) {
    const longest = Math.max(...lengths);
    this.lines = zeros([lengths.length, longest]);
    this.positions = lengths.map(() => 0);
  }

  setFrozen(frozen: boolean): void {
    this.frozen = frozen;
    if (frozen) {
      // hold the current tail: no more input, no more decay
      const tail = this.lines.flatten();
      tail.imul(1 / this.feedback); // expect: no-lost-write
    }
  }

  setDamping(damping: number): void {
    this.damping = Math.min(0.99, Math.max(0, damping));
  }

  process(input: NDArray): NDArray {
    const out = zeros(input.size);
    const gainIn = this.frozen ? 0 : 1;
    const fb = this.frozen ? 1 : this.feedback;
    for (let n = 0; n < input.size; n++) {
      let acc = 0;
      for (let k = 0; k < this.lengths.length; k++) {
        const pos = this.positions[k];
        const delayed = this.lines.get(k, pos);
        acc += delayed;
        const prev = this.lines.get(k, (pos + this.lengths[k] - 1) % this.lengths[k]);
        const damped = (1 - this.damping) * delayed + this.damping * prev;
        this.lines.set([k, pos], gainIn * input.get(n) + fb * damped);
        this.positions[k] = (pos + 1) % this.lengths[k];
      }
      out.set(n, acc / this.lengths.length);
    }
    return out;
  }
}

function wetDry(dry: NDArray, wet: NDArray, mix: number, bypass: boolean): NDArray {
  if (bypass) {
    const passthrough = dry.copy();
    passthrough.imul(1 - mix); // expect: no-lost-write
    return dry;
  }
  const mixed = dry.mul(1 - mix);
  mixed.iadd(wet.mul(mix));
  return mixed;
}

function normalizePeak(block: NDArray, target: number): NDArray {
  const peak = Math.max(block.max(), -block.min());
  const out = block.copy();
  if (peak > 0) {
    out.imul(target / peak);
  }
  return out;
}

const impulse = zeros(16);
impulse.set(0, 1);
const voice = array([0.4, 0.35, 0.3, 0.1, -0.2, -0.35, -0.3, -0.1, 0.05, 0.1, 0.1, 0.05, 0, 0, 0, 0]);

const reverb = new FeedbackDelayReverb([3, 5, 7], 0.7, 0.2);
const ir = reverb.process(impulse);
console.log("impulse response:", ir.tolist());

reverb.setDamping(0.4);
const wet = reverb.process(voice);
reverb.setFrozen(true);
const frozenTail = reverb.process(zeros(16));

const out = wetDry(voice, wet, 0.3, false);
const bypassed = wetDry(voice, wet, 0.3, true);
console.log("output:", normalizePeak(out, 0.9).tolist());
console.log("bypassed:", bypassed.tolist());
console.log("frozen tail energy:", frozenTail.mul(frozenTail).sum());

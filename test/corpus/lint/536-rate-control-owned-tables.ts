// Rate control for two JPEG encoders that each own a scaled copy of the standard table and adapt it from frame to frame.
import { array, zeros, NDArray } from "ndalias";

const STD_LUMA = array([
  [16, 11, 10, 16, 24, 40, 51, 61],
  [12, 12, 14, 19, 26, 58, 60, 55],
  [14, 13, 16, 24, 40, 57, 69, 56],
  [14, 17, 22, 29, 51, 87, 80, 62],
  [18, 22, 37, 56, 68, 109, 103, 77],
  [24, 35, 55, 64, 81, 104, 113, 92],
  [49, 64, 78, 87, 103, 121, 120, 101],
  [72, 92, 95, 98, 112, 100, 103, 99],
]);

function qualityScale(quality: number): number {
  return quality < 50 ? 50 / quality : (200 - 2 * quality) / 100;
}

class JpegEncoder {
  readonly qtable: NDArray;
  private recon: NDArray;

  constructor(readonly name: string, base: NDArray, quality: number) {
    this.qtable = base.mul(qualityScale(quality));
    this.recon = zeros([8, 8]);
  }

  encode(block: NDArray): NDArray {
    const q = block.div(this.qtable);
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 8; j++) q.set([i, j], Math.round(q.get(i, j)));
    }
    this.recon.assign(":", q.mul(this.qtable));
    return q;
  }

  estimateBits(q: NDArray): number {
    let bits = 0;
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 8; j++) {
        const v = Math.abs(q.get(i, j));
        if (v !== 0) bits += 4 + Math.ceil(Math.log2(v + 1));
      }
    }
    return bits;
  }

  adapt(bitsUsed: number, budget: number): number {
    this.qtable.imul(bitsUsed > budget ? 1.1 : 0.95);
    return this.qtable.mean();
  }

  reconError(block: NDArray): number {
    const d = block.sub(this.recon);
    return Math.sqrt(d.mul(d).mean());
  }
}

const block = zeros([8, 8]);
for (let i = 0; i < 8; i++) {
  for (let j = 0; j < 8; j++) block.set([i, j], 300 / (1 + i + j) - 40);
}

const encoders = [new JpegEncoder("archive", STD_LUMA, 90), new JpegEncoder("preview", STD_LUMA, 30)];
for (let frame = 0; frame < 3; frame++) {
  for (const enc of encoders) {
    const q = enc.encode(block);
    const bits = enc.estimateBits(q);
    const meanStep = enc.adapt(bits, 200);
    console.log(`${enc.name} frame ${frame}: ${bits} bits, mean step ${meanStep.toFixed(1)}, error ${enc.reconError(block).toFixed(2)}`);
  }
}
console.log("standard table untouched:", STD_LUMA.get(0, 0) === 16);

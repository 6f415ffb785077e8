// Multichannel audio mixer: a plugin chain gains blocks in place and returns them, the UI meter clips a channel row view it asked for, and the pan law runs on a scratch result nobody reads.
import { zeros, linspace, NDArray } from "ndalias";

class MultiTrackBuffer {
  private readonly samples: NDArray; // [channel, frame]
  private readonly gains: NDArray;

  constructor(channels: number, frames: number) {
    this.samples = zeros([channels, frames]);
    this.gains = zeros(channels).add(1);
  }

  write(channel: number, block: NDArray): void {
    this.samples.assign(channel, block);
  }

  channel(i: number): NDArray {
    return this.samples.slice(i);
  }

  setGain(i: number, g: number): void {
    this.gains.set(i, g);
  }

  pan(i: number, position: number): void {
    const left = this.samples.slice(i).mul(1 - position);
    left.imul(Math.SQRT2); // expect: no-lost-write
  }

  mixdown(): NDArray {
    const out = zeros(this.samples.shape[1]);
    for (let c = 0; c < this.samples.shape[0]; c++) {
      out.iadd(this.samples.slice(c).mul(this.gains.get(c)));
    }
    return out;
  }
}

function gainStage(block: NDArray, db: number): NDArray {
  block.imul(Math.pow(10, db / 20)); // expect: no-alias-mutation
  return block;
}

function meterPeak(buf: MultiTrackBuffer, ch: number): number {
  const row = buf.channel(ch);
  let peak = 0;
  for (let i = 0; i < row.size; i++) {
    const v = Math.abs(row.get(i));
    if (v > 1) row.set(i, 1); // expect: no-view-mutation
    peak = Math.max(peak, v);
  }
  return peak;
}

const tracks = new MultiTrackBuffer(2, 6);
const sweep = linspace(-1.5, 1.5, 6);
tracks.write(0, gainStage(sweep, -3));
tracks.write(1, linspace(0, 0.5, 6));
tracks.setGain(1, 0.8);
tracks.pan(0, 0.25);
console.log("peak ch0:", meterPeak(tracks, 0).toFixed(3), "sweep:", sweep.tolist());
console.log("mix:", tracks.mixdown().tolist());

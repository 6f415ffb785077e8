// Dithers a grayscale frame by writing quantised values straight into the backing buffer of the frame handed to the encoder.
import { array, NDArray } from "ndalias";

class Encoder {
  readonly frames: NDArray[] = [];
  submit(frame: NDArray): number {
    this.frames.push(frame);
    return this.frames.length;
  }
  bitrate(): number {
    return this.frames.reduce((acc, f) => acc + f.sum(), 0) / 1000;
  }
}

const frame = array([[0.12, 0.55, 0.91], [0.33, 0.78, 0.02]]);
const encoder = new Encoder();
const queued = [frame];
encoder.submit(frame);

const target = queued[0];
if (target) {
  const levels = 4;
  for (let i = 0; i < target.shape[0]; i++) {
    for (let j = 0; j < target.shape[1]; j++) {
      const k = target.offset + i * target.strides[0] + j * target.strides[1];
      target.data[k] = Math.round((target.data[k] as number) * levels) / levels; // expect: no-alias-mutation
    }
  }
}

const preview = frame.copy();
for (let k = 0; k < preview.size; k++) preview.data[k] = 1 - (preview.data[k] as number);
console.log("inverted preview:", preview.tolist());
console.log("bitrate:", encoder.bitrate(), "frame:", frame.tolist());

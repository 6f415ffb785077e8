// Decodes and edits an RGB frame through reshaped and channel views, then recycles a sensor frame still watched by wrappers.
import { arange, array, NDArray } from "ndalias";

const raw = arange(0, 24);
const image = raw.reshape(2, 4, 3);
const red = image.slice("..., 0");
console.log("red mean:", red.mean());

const preview = image.copy();
preview.slice("..., 0").imul(-1).iadd(255);
console.log("preview red:", preview.slice("..., 0").tolist());

image.slice("..., 0").fill(0); // expect: no-view-mutation
const channels = [0, 1, 2].map((c) => image.slice(`..., ${c}`));
channels[2].imul(0.8); // expect: no-view-mutation
let checksum = 0;
for (let i = 0; i < raw.size; i++) checksum = (checksum + raw.get(i)) % 65521;
console.log("checksum:", checksum, "red now:", red.tolist());

class Summary {
  constructor(private samples: NDArray) {}
  mean(): number {
    return this.samples.mean();
  }
  peak(): number {
    return this.samples.max();
  }
}

function makeAlarm(samples: NDArray, limit: number): () => boolean {
  return () => samples.max() > limit;
}

const frame = array([0.2, 0.95, 0.4, 0.1]);
const summary = new Summary(frame);
const alarm = makeAlarm(frame, 0.9);
console.log("frame 1: mean", summary.mean(), "alarm", alarm());

const nextFrame = array([0.3, 0.2, 0.25, 0.5]);
frame.assign(":", nextFrame); // expect: no-alias-mutation
console.log("frame 1 peak (for the report):", summary.peak(), "alarm still raised:", alarm());

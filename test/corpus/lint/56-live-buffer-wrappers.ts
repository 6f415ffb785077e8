// Wraps a live sensor frame in a summary object and an alarm closure, then recycles the frame buffer for the next frame.
import { array, NDArray } from "ndalias";

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

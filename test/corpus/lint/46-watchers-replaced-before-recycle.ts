// Builds a summary object and an alarm closure over a frame, then re-points both at a snapshot before recycling the frame.
import { array, NDArray } from "ndalias";

class Summary {
  constructor(private samples: NDArray) {}
  mean(): number {
    return this.samples.mean();
  }
}

function makeAlarm(samples: NDArray, limit: number): () => boolean {
  return () => samples.max() > limit;
}

const frame = array([0.2, 0.95, 0.4, 0.1]);
let summary = new Summary(frame);
let alarm = makeAlarm(frame, 0.9);
console.log("live: mean", summary.mean(), "alarm", alarm());

const snapshot = frame.copy();
summary = new Summary(snapshot);
alarm = makeAlarm(snapshot, 0.9);
frame.assign(":", array([0.3, 0.2, 0.25, 0.5]));
console.log("previous frame: mean", summary.mean(), "alarm", alarm(), "current frame:", frame.tolist());

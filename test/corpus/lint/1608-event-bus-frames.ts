// Wires a frame processor to an event bus: listeners rescale and clear the frames they are handed, and a double buffer swaps each tick.
import { EventEmitter } from "node:events";
import { zeros, array, NDArray } from "ndalias";

class Processor {
  weights: NDArray;
  gains: number[] = [];

  constructor(size: number) {
    this.weights = zeros(size);
    this.weights.fill(1 / size);
  }

  rescale(k: number): number {
    this.weights.imul(k);
    this.gains.push(k);
    return this.weights.sum();
  }

  score(frame: NDArray): number {
    return frame.mul(this.weights).sum();
  }

  resetWeights(): NDArray {
    this.weights.fill(1 / this.weights.size);
    return this.weights.copy();
  }
}

const proc = new Processor(4);
const bus = new EventEmitter();
const scores: number[] = [];

bus.on("frame", (frame: NDArray) => {
  frame.imul(proc.weights.size);
  scores.push(proc.score(frame));
});

bus.on("clear", (frame: NDArray) => frame.fill(0));

bus.on("calibrate", (factor: number) => {
  proc.rescale(factor);
});

const incoming = array([0.5, 1.0, 1.5, 2.0]);
bus.emit("frame", incoming);
console.log("frame after the listener:", incoming.tolist(), "score:", scores[scores.length - 1]);

bus.emit("calibrate", 2);
const head = proc.weights.slice(":2");
console.log("weights head after calibration:", head.tolist(), "gains:", proc.gains);

bus.emit("frame", incoming);
console.log("score after calibration:", scores[scores.length - 1].toFixed(3));

bus.emit("clear", incoming);
console.log("cleared frame total:", incoming.sum());

// Double buffering: each tick reads the front buffer and writes the back buffer, then the two swap.
let front = zeros(4);
let back = zeros(4);
for (let tick = 0; tick < 3; tick++) {
  back.assign(":", front.add(tick + 1));
  [front, back] = [back, front];
}
console.log("front after 3 ticks:", front.tolist(), "back:", back.tolist());

const snapshots: number[][] = [];
const onTick = (buf: NDArray): void => {
  snapshots.push(buf.tolist() as number[]);
};
[front, back].forEach(onTick);
console.log("snapshots:", snapshots);

const restored = proc.resetWeights();
restored.imul(100);
console.log("restored weights (%):", restored.tolist(), "live weights:", proc.weights.tolist());

const history = bus.eventNames().map((name) => `${String(name)}:${bus.listenerCount(name)}`);
console.log("listeners:", history.join(", "));
console.log("final score of a fresh frame:", proc.score(array([1, 1, 1, 1])).toFixed(3));

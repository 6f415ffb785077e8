// Applies in-place preprocessing through void callbacks: forEach over channels, an event handler and a trainer updating its own fields.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

const channels = [array([1, 2, 3, 6]), array([4, 5, 6, 1]), array([7, 8, 9, 0])];

// centre every channel in place; the callback's result is ignored by forEach
channels.forEach((ch) => {
  ch.isub(ch.mean());
});
channels.forEach((ch) => ch.imul(2));
console.log("centred x2:", channels.map((c) => c.tolist()));

function zeroNegatives(x: NDArray): void {
  for (let i = 0; i < x.size; i++) {
    if (x.get(i) < 0) x.set(i, 0);
  }
}

function normalizeRows(m: NDArray): void {
  const rows = m.shape[0];
  for (let r = 0; r < rows; r++) {
    const row = m.slice(r);
    const total = row.sum();
    if (total === 0) continue;
    row.idiv(total);
  }
}

for (const ch of channels) zeroNegatives(ch);
console.log("rectified:", channels.map((c) => c.tolist()));

const matrix = array([
  [1, 1, 2],
  [0, 0, 0],
  [3, 1, 0],
]);
normalizeRows(matrix);
console.log("row-normalised:", matrix.tolist());

// frames arrive on a bus; the handler clips each frame it is given
const bus = new EventEmitter();
const seen: number[] = [];
bus.on("frame", (frame: NDArray) => {
  for (let i = 0; i < frame.size; i++) {
    if (frame.get(i) > 1) frame.set(i, 1);
  }
  seen.push(frame.sum());
});
const frameA = array([0.5, 1.5, 2.5]);
const frameB = array([0.1, 0.2, 0.3]);
bus.emit("frame", frameA);
bus.emit("frame", frameB);
console.log("clipped frames:", frameA.tolist(), frameB.tolist(), "sums:", seen);

// a trainer owns its buffers and updates them through its own fields
class Trainer {
  weights = zeros(3);
  velocity = zeros(3);
  history: number[] = [];

  step(grad: NDArray): number {
    this.velocity.imul(0.9);
    this.velocity.iadd(grad);
    this.weights.isub(this.velocity.mul(0.1));
    const norm = Math.sqrt(this.weights.mul(this.weights).sum());
    this.history.push(norm);
    return norm;
  }

  reset(): void {
    this.velocity.fill(0);
    this.weights.slice(":1").fill(1);
  }
}

const trainer = new Trainer();
const grads = [array([1, 0, -1]), array([0.5, 0.5, 0]), array([-1, 2, 0])];
grads.forEach((g) => {
  trainer.step(g);
});
console.log("weights:", trainer.weights.tolist(), "norms:", trainer.history.map((n) => n.toFixed(3)));
trainer.reset();
console.log("after reset:", trainer.weights.tolist(), trainer.velocity.tolist());
console.log("gradients unchanged:", grads.map((g) => g.tolist()));

// two buffers that never share memory
const scratchA = zeros(4);
const scratchB = zeros(4);
scratchA.fill(3);
scratchB.iadd(scratchA);
scratchA.fill(-1);
console.log("scratch:", scratchA.tolist(), scratchB.tolist());

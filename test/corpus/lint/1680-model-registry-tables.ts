// Registers a small model's layer weights and optimizer state in nested object-dtype tables, runs a few updates and releases the tables.
// runnable
import { empty, ones, zeros, refcount, memoryStats, NDArray } from "ndalias";

const LAYERS = 3;
const WIDTH = 4;

// Slot layout of the model table: 0 = layers table, 1 = optimizer table, 2 = step counter array.
const model = empty(3, "object");
// Slot layout of the layers table: 0..LAYERS-1 = weight matrices, LAYERS = owning model (for lookups).
const layers = empty(LAYERS + 1, "object");
// Slot layout of the optimizer table: 0..LAYERS-1 = momentum buffers, LAYERS = parameters it updates.
const optimizer = empty(LAYERS + 1, "object");

const weights: NDArray[] = [];
const momenta: NDArray[] = [];
for (let i = 0; i < LAYERS; i++) {
  const w = ones([WIDTH, WIDTH]).mul(1 / (i + 2));
  const m = zeros([WIDTH, WIDTH]);
  weights.push(w);
  momenta.push(m);
  layers.set(i, w);
  optimizer.set(i, m);
}

const steps = zeros(1, "int32");
optimizer.set(LAYERS, layers);
model.set(0, layers);
model.set(1, optimizer);
model.set(2, steps);
layers.set(LAYERS, model); // expect: no-reference-cycle

function forward(input: NDArray): NDArray {
  let act = input;
  for (const w of weights) {
    act = act.mul(w).add(0.1);
  }
  return act;
}

function loss(output: NDArray, target: number): number {
  const err = output.sub(target);
  return err.mul(err).mean();
}

function sgdStep(lr: number, beta: number, grads: NDArray[]): void {
  for (let i = 0; i < LAYERS; i++) {
    momenta[i].imul(beta);
    momenta[i].iadd(grads[i]);
    weights[i].isub(momenta[i].mul(lr));
  }
  steps.iadd(1);
}

function layerNorms(): number[] {
  return weights.map((w) => Math.sqrt(w.mul(w).sum()));
}

const input = ones([WIDTH, WIDTH]);
const target = 0.5;
for (let epoch = 0; epoch < 5; epoch++) {
  const out = forward(input);
  const l = loss(out, target);
  // A crude gradient: push every weight in the direction of the mean error.
  const direction = out.mean() > target ? 0.05 : -0.05;
  const grads = weights.map((w) => w.mul(0).add(direction));
  sgdStep(0.5, 0.9, grads);
  console.log(`epoch ${epoch}: loss ${l.toFixed(5)}`);
}

console.log("steps taken:", steps.get(0), "refs to the layers table:", refcount(layers));
console.log("first layer mean weight:", weights[0].mean().toFixed(4));
console.log("layer norms:", layerNorms().map((n) => n.toFixed(3)).join(", "));

// Shut down: drop our handles to the tables and the buffers they hold.
for (const w of weights) w.dispose();
for (const m of momenta) m.dispose();
steps.dispose();
optimizer.dispose();
layers.dispose();
model.dispose();
input.dispose();
console.log("after shutdown:", memoryStats());

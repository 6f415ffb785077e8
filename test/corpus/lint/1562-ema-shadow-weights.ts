// Trains a two-layer toy model while keeping an exponential moving average of its weights, then compares live and shadow weights.
// runnable
import { array, NDArray } from "ndalias";

interface LayerParams {
  w: NDArray;
  b: NDArray;
}

interface TrainState {
  model: { layers: LayerParams[] };
  ema: { decay: number; shadow: { layers: LayerParams[] } };
  optim: { lr: number; clip: number };
  step: number;
}

function cloneLayers(layers: LayerParams[]): LayerParams[] {
  return layers.map((l) => ({ w: l.w.copy(), b: l.b.copy() }));
}

const initial: LayerParams[] = [
  { w: array([0.3, -0.1, 0.8]), b: array([0.0, 0.1, -0.1]) },
  { w: array([1.2, 0.4, -0.5]), b: array([0.05, 0.0, 0.0]) },
];

const state: TrainState = {
  model: { layers: initial },
  ema: { decay: 0.8, shadow: { layers: cloneLayers(initial) } },
  optim: { lr: 0.1, clip: 0.5 },
  step: 0,
};

function fakeGradient(layer: LayerParams, step: number): LayerParams {
  const phase = array([1, 2, 3]).mul(0.3 * (step + 1));
  const gw = layer.w.sub(phase).mul(0.5);
  const gb = layer.b.mul(0.1);
  return { w: gw, b: gb };
}

function trainStep(s: TrainState): void {
  for (let i = 0; i < s.model.layers.length; i++) {
    const g = fakeGradient(s.model.layers[i], s.step);
    const norm = Math.sqrt(g.w.mul(g.w).sum());
    if (norm > s.optim.clip) g.w.imul(s.optim.clip / norm);
    s.model.layers[i].w.isub(g.w.mul(s.optim.lr));
    s.model.layers[i].b.isub(g.b.mul(s.optim.lr));
  }
  s.step += 1;
}

function updateEma(s: TrainState): void {
  const d = s.ema.decay;
  for (let i = 0; i < s.model.layers.length; i++) {
    const shadowW = s.ema.shadow.layers[i].w.mul(d);
    shadowW.iadd(s.model.layers[i].w.mul(1 - d)); // expect: no-lost-write
    s.ema.shadow.layers[i].b.imul(d);
    s.ema.shadow.layers[i].b.iadd(s.model.layers[i].b.mul(1 - d));
  }
}

function distance(a: LayerParams[], b: LayerParams[]): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const dw = a[i].w.sub(b[i].w);
    total += dw.mul(dw).sum();
  }
  return Math.sqrt(total);
}

for (let epoch = 0; epoch < 4; epoch++) {
  trainStep(state);
  updateEma(state);
  console.log(`step ${state.step}: live-shadow distance ${distance(state.model.layers, state.ema.shadow.layers).toFixed(4)}`);
}

// The first two bias units of the output layer are meant to stay at zero.
state.model.layers[1].b.take([0, 1]).fill(0); // expect: no-lost-write

// Report a half-strength preview of the output layer without touching it.
const preview = state.model.layers[1].w.copy();
preview.imul(0.5);
console.log("half-strength output weights:", preview.tolist());

for (let i = 0; i < state.model.layers.length; i++) {
  console.log(`layer ${i} live w:`, state.model.layers[i].w.tolist());
  console.log(`layer ${i} shadow w:`, state.ema.shadow.layers[i].w.tolist());
  console.log(`layer ${i} live b:`, state.model.layers[i].b.tolist());
}

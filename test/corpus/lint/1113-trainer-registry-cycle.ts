// Parameter registry for a small MLP: object-dtype tables group weights, optimiser moments and a trainer record.
import { empty, zeros, NDArray } from "ndalias";

function makeLayer(inDim: number, outDim: number, seed: number): NDArray {
  const slots = empty(2, "object");
  const w = zeros([inDim, outDim]);
  for (let i = 0; i < inDim; i++) {
    for (let j = 0; j < outDim; j++) {
      w.set([i, j], Math.sin(seed * 31 + i * 7 + j) * 0.1);
    }
  }
  slots.set(0, w);
  slots.set(1, zeros(outDim));
  return slots;
}

function buildParams(dims: number[]): NDArray {
  const layers = empty(dims.length - 1, "object");
  for (let i = 0; i + 1 < dims.length; i++) {
    layers.set(i, makeLayer(dims[i], dims[i + 1], i));
  }
  return layers;
}

function zerosLike(params: NDArray): NDArray {
  const moments = empty(params.size, "object");
  for (let i = 0; i < params.size; i++) {
    const layer: NDArray = params.get(i);
    const slot = empty(2, "object");
    slot.set(0, zeros((layer.get(0) as NDArray).shape));
    slot.set(1, zeros((layer.get(1) as NDArray).shape));
    moments.set(i, slot);
  }
  return moments;
}

function snapshotParams(params: NDArray): NDArray {
  const snap = empty(params.size, "object");
  for (let i = 0; i < params.size; i++) {
    const layer: NDArray = params.get(i);
    const copyLayer = empty(2, "object");
    copyLayer.set(0, (layer.get(0) as NDArray).copy());
    copyLayer.set(1, (layer.get(1) as NDArray).copy());
    snap.set(i, copyLayer);
  }
  return snap;
}

function countParameters(params: NDArray): number {
  let total = 0;
  for (let i = 0; i < params.size; i++) {
    const layer: NDArray = params.get(i);
    total += (layer.get(0) as NDArray).size + (layer.get(1) as NDArray).size;
  }
  return total;
}

export function buildTrainer(dims: number[], lr: number): NDArray {
  const params = buildParams(dims);
  const optimizer = empty(4, "object");
  optimizer.set(0, zerosLike(params));
  optimizer.set(1, zerosLike(params));
  optimizer.set(2, lr);

  const trainer = empty(4, "object");
  trainer.set(0, params);
  trainer.set(1, snapshotParams(params));
  trainer.set(2, optimizer);
  trainer.set(3, dims.length - 1);
  optimizer.set(3, trainer); // expect: no-reference-cycle
  return trainer;
}

export function describeTrainer(trainer: NDArray): string {
  const params: NDArray = trainer.get(0);
  const layers: number = trainer.get(3);
  const optimizer: NDArray = trainer.get(2);
  const lr: number = optimizer.get(2);
  return `layers=${layers} parameters=${countParameters(params)} lr=${lr}`;
}

export function weightDrift(trainer: NDArray): number {
  const params: NDArray = trainer.get(0);
  const initial: NDArray = trainer.get(1);
  let drift = 0;
  for (let i = 0; i < params.size; i++) {
    const now = (params.get(i) as NDArray).get(0) as NDArray;
    const then = (initial.get(i) as NDArray).get(0) as NDArray;
    const d = now.sub(then);
    drift += d.mul(d).sum();
  }
  return Math.sqrt(drift);
}

const trainer = buildTrainer([4, 8, 2], 0.01);
console.log(describeTrainer(trainer));

const params: NDArray = trainer.get(0);
const firstWeights = (params.get(0) as NDArray).get(0) as NDArray;
firstWeights.imul(0.5);
console.log("drift after shrinking the first layer:", weightDrift(trainer).toFixed(4));

const standalone = snapshotParams(params);
console.log("standalone snapshot parameters:", countParameters(standalone));
trainer.dispose();

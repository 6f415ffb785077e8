// Trainable parameters behind value/grad accessors, L2 weight decay over a parameter list, and tied input/output embeddings.
import { array, zeros, NDArray } from "ndalias";

export class Parameter {
  private _value: NDArray;
  private _grad: NDArray;

  constructor(init: NDArray, readonly name: string) {
    this._value = init.copy();
    this._grad = zeros(init.shape);
  }

  get value(): NDArray {
    return this._value;
  }

  set value(v: NDArray) {
    this._value = v.copy();
  }

  get grad(): NDArray {
    return this._grad;
  }

  zeroGrad(): void {
    this._grad.fill(0);
  }
}

export function addWeightDecay(params: Parameter[], lambda: number): void {
  for (const p of params) {
    p.grad.iadd(p.value.mul(lambda));
  }
}

export function decayedNorm(p: Parameter, decay: number): number {
  const w = p.value;
  w.imul(1 - decay); // expect: no-alias-mutation
  return Math.sqrt(w.mul(w).sum());
}

export class Embedding {
  table: NDArray;
  output: Projection | null = null;
  constructor(vocab: number, dim: number) {
    this.table = zeros([vocab, dim]);
  }
}

export class Projection {
  weight: NDArray;
  input: Embedding | null = null;
  constructor(dim: number, vocab: number) {
    this.weight = zeros([dim, vocab]);
  }
}

export function tieWeights(emb: Embedding, proj: Projection): void {
  proj.weight = emb.table.T;
  proj.input = emb;
  emb.output = proj; // expect: no-reference-cycle
}

const init = array([[0.1, 0.2], [0.3, 0.4]]);
const weight = new Parameter(init, "dense.weight");
init.fill(0);
console.log("weight at construction:", weight.value.tolist(), "init:", init.tolist());

weight.value = array([[3, 4], [0, 0]]);
const bias = new Parameter(array([0.5, -0.5]), "dense.bias");
addWeightDecay([weight, bias], 0.01);
console.log("grads:", weight.grad.tolist(), bias.grad.tolist());

const norm = decayedNorm(weight, 0.1);
console.log("decayed norm:", norm, "weight now:", weight.value.tolist());
weight.zeroGrad();

const emb = new Embedding(5, 2);
const proj = new Projection(2, 5);
tieWeights(emb, proj);
console.log("tied shapes:", emb.table.shape, proj.weight.shape);

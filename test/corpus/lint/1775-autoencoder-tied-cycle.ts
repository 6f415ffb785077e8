// Builds a small disposable autoencoder: encoder and decoder stages with weight matrices, a layer chain and a label tree for reporting.
import { array, eye, NDArray } from "ndalias";

class Stage implements Disposable {
  weights: NDArray;
  next: Stage | null = null;
  partner: Stage | null = null;

  constructor(readonly name: string, weights: NDArray) {
    this.weights = weights.copy();
  }

  forward(x: NDArray): NDArray {
    const out = array(new Array(this.weights.shape[0]).fill(0));
    for (let i = 0; i < this.weights.shape[0]; i++) {
      using row = this.weights.slice(i);
      out.set(i, Math.tanh(row.mul(x).sum()));
    }
    return out;
  }

  shrink(factor: number): number {
    this.weights.imul(factor);
    return this.weights.max();
  }

  [Symbol.dispose](): void {
    this.weights.dispose();
  }
}

class LabelNode {
  parent: LabelNode = this;
  children: LabelNode[] = [];
  constructor(readonly label: string) {}

  add(label: string): LabelNode {
    const child = new LabelNode(label);
    child.parent = this;
    this.children.push(child);
    return child;
  }

  path(): string {
    return this.parent === this ? this.label : `${this.parent.path()}/${this.label}`;
  }
}

export function chain(stages: Stage[]): Stage {
  for (let i = 0; i + 1 < stages.length; i++) {
    stages[i].next = stages[i + 1];
  }
  return stages[0];
}

export function tie(encoder: Stage, decoder: Stage): void {
  encoder.partner = decoder;
  decoder.partner = encoder; // expect: no-reference-cycle
  decoder.weights.dispose();
  decoder.weights = encoder.weights.T.copy();
}

export function run(first: Stage, input: NDArray): NDArray {
  let x = input.copy();
  for (let s: Stage | null = first; s !== null; s = s.next) {
    const y = s.forward(x);
    x.dispose();
    x = y;
  }
  return x;
}

const w1 = array([[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]]);
const w2 = array([[0.2, 0.4], [-0.6, 0.1], [0.9, 0.3]]);
const encoder = new Stage("encoder", w1);
const decoder = new Stage("decoder", w2);
const identity = new Stage("identity", eye(3));

const head = chain([encoder, decoder, identity]);
const x = array([1.0, 0.5, -0.5]);
const untied = run(head, x);
console.log("untied reconstruction:", untied.tolist());

tie(encoder, decoder);
const tied = run(head, x);
console.log("tied reconstruction:", tied.tolist(), "encoder max after shrink:", encoder.shrink(0.9));

const root = new LabelNode("autoencoder");
const enc = root.add(encoder.name);
enc.add("weights");
const dec = root.add(decoder.name);
console.log("labels:", dec.add("weights").path(), enc.path());

console.log("input weights untouched:", w1.tolist(), w2.tolist(), "input:", x.tolist());
for (const s of [encoder, decoder, identity]) s[Symbol.dispose]();
for (const a of [w1, w2, x, untied, tied]) a.dispose();

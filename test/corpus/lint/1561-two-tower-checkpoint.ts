// Wires a two-tower retrieval model and a preprocessing chain, scores a query against documents and writes a checkpoint table.
import { array, empty, zeros, refcount, NDArray } from "ndalias";

class Tower {
  weights: NDArray;
  bias: NDArray;
  partner: Tower | null = null;
  constructor(readonly name: string, dim: number, seed: number) {
    this.weights = zeros([dim, dim]);
    for (let i = 0; i < dim; i++) {
      for (let j = 0; j < dim; j++) {
        this.weights.set([i, j], Math.cos(seed + i * dim + j) * 0.3);
      }
    }
    this.bias = zeros(dim);
  }
  encode(x: NDArray): NDArray {
    const out = zeros(this.weights.shape[0]);
    for (let r = 0; r < out.size; r++) {
      out.set(r, this.weights.slice(r).mul(x).sum() + this.bias.get(r));
    }
    return out;
  }
}

class Stage {
  next: Stage | null = null;
  constructor(readonly label: string, readonly kernel: NDArray) {}
  run(x: NDArray): NDArray {
    const y = x.mul(this.kernel);
    return this.next ? this.next.run(y) : y;
  }
}

interface Retrieval {
  towers: { query: Tower; doc: Tower };
  preprocess: { head: Stage; stages: Stage[] };
  temperature: number;
}

function buildRetrieval(dim: number): Retrieval {
  const stages = [
    new Stage("scale", array([0.5, 0.5, 0.5])),
    new Stage("mask", array([1, 1, 0])),
    new Stage("boost", array([2, 1, 1])),
  ];
  stages[0].next = stages[1];
  stages[1].next = stages[2];

  const model: Retrieval = {
    towers: { query: new Tower("query", dim, 1), doc: new Tower("doc", dim, 2) },
    preprocess: { head: stages[0], stages },
    temperature: 0.7,
  };
  // Each tower keeps a handle on the other for in-batch negatives.
  model.towers.query.partner = model.towers.doc;
  model.towers.doc.partner = model.towers.query; // expect: no-reference-cycle
  return model;
}

function score(model: Retrieval, q: NDArray, d: NDArray): number {
  const qe = model.towers.query.encode(model.preprocess.head.run(q));
  const de = model.towers.doc.encode(model.preprocess.head.run(d));
  return qe.mul(de).sum() / model.temperature;
}

function saveCheckpoint(model: Retrieval, step: number): NDArray {
  const checkpoint = {
    meta: { step, towers: 2 },
    tables: { params: empty(3, "object"), index: empty(2, "object") },
  };
  checkpoint.tables.params.set(0, model.towers.query.weights);
  checkpoint.tables.params.set(1, model.towers.doc.weights);
  checkpoint.tables.index.set(1, step);
  checkpoint.tables.params.set(2, checkpoint.tables.index);
  checkpoint.tables.index.set(0, checkpoint.tables.params); // expect: no-reference-cycle
  console.log(`checkpoint at step ${checkpoint.meta.step} with ${checkpoint.meta.towers} towers`);
  return checkpoint.tables.params;
}

const model = buildRetrieval(3);
const query = array([1, 0, 1]);
const docs = [array([1, 0, 0.8]), array([0, 1, 0]), array([0.5, 0.5, 0.5])];

const ranked = docs
  .map((d, i) => ({ i, s: score(model, query, d) }))
  .sort((a, b) => b.s - a.s);
for (const { i, s } of ranked) {
  console.log(`doc ${i}: ${s.toFixed(4)}`);
}

const params = saveCheckpoint(model, 100);
console.log("query tower references:", refcount(model.towers.query.weights));
console.log("checkpoint slots:", params.size, "partner of query:", model.towers.query.partner?.name);

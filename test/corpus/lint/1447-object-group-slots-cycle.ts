// Tensor groups kept in object-dtype slot arrays for an encoder/decoder pair: each group holds its buffers, a root table holds the groups.
import { empty, zeros, ones, refcount, collect, memoryStats, NDArray } from "ndalias";

const WEIGHTS = 0;
const BIAS = 1;
const PEER = 2;
const GROUP_SLOTS = 3;

function makeGroup(inDim: number, outDim: number): NDArray {
  const group = empty(GROUP_SLOTS, "object");
  const w = zeros([outDim, inDim]);
  for (let i = 0; i < outDim; i++) {
    for (let j = 0; j < inDim; j++) {
      w.set([i, j], ((i + 1) * (j + 2)) % 5 / 10);
    }
  }
  group.set(WEIGHTS, w);
  group.set(BIAS, ones(outDim).mul(0.1));
  group.set(PEER, null);
  return group;
}

function weightsOf(group: NDArray): NDArray {
  return group.get(WEIGHTS) as NDArray;
}

function biasOf(group: NDArray): NDArray {
  return group.get(BIAS) as NDArray;
}

function apply(group: NDArray, x: NDArray): NDArray {
  const w = weightsOf(group);
  const out = zeros(w.shape[0]);
  for (let i = 0; i < w.shape[0]; i++) {
    out.set(i, w.slice(i).mul(x).sum());
  }
  return out.add(biasOf(group));
}

function buildAutoencoder(dim: number, code: number): [NDArray, NDArray] {
  const encoder = makeGroup(dim, code);
  const decoder = makeGroup(code, dim);
  encoder.set(PEER, decoder);
  decoder.set(PEER, encoder); // expect: no-reference-cycle
  return [encoder, decoder];
}

function buildRegistry(groups: NDArray[]): NDArray {
  const root = empty(groups.length, "object");
  for (let k = 0; k < groups.length; k++) {
    root.set(k, groups[k]);
  }
  return root;
}

function parameterCount(root: NDArray): number {
  let total = 0;
  for (let k = 0; k < root.size; k++) {
    const group = root.get(k) as NDArray;
    total += weightsOf(group).size + biasOf(group).size;
  }
  return total;
}

const [encoder, decoder] = buildAutoencoder(4, 2);
const x = zeros(4);
x.assign(":", ones(4).mul(0.5));
const z = apply(encoder, x);
const reconstruction = apply(decoder, z);
console.log("code:", z.tolist());
console.log("reconstruction:", reconstruction.tolist());

const classifier = makeGroup(2, 3);
const registry = buildRegistry([encoder, decoder, classifier]);
console.log("parameters:", parameterCount(registry), "refs to encoder:", refcount(encoder));
console.log("classifier logits:", apply(classifier, z).tolist());

registry.dispose();
encoder.dispose();
decoder.dispose();
classifier.dispose();
console.log("freed by collector:", collect(), "storages left:", memoryStats().storages);

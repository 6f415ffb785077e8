// Graph tensor nodes with normalisation, scratch-cache reuse and scaling helpers used by an operator-fusion pass.
import { array, zeros, NDArray } from "ndalias";

class TensorNode {
  value: NDArray;
  cache: NDArray | null = null;
  version = 0;

  constructor(
    readonly name: string,
    init: number[],
  ) {
    this.value = array(init);
  }

  // Scales the node's constant through its own field and returns the node for chaining.
  scale(k: number): this {
    this.value.imul(k);
    this.version += 1;
    return this;
  }

  // Normalises the constant to unit sum and returns the new peak value.
  normalise(): number {
    const v = this.value;
    const total = v.sum();
    if (total === 0) return 0;
    v.idiv(total); // expect: no-alias-mutation
    this.version += 1;
    return this.value.max();
  }

  // Scratch for fused kernels: reuses the cache buffer when it exists.
  resetScratch(useCache: boolean): number {
    const target = useCache && this.cache !== null ? this.cache : this.value;
    target.fill(0); // expect: no-alias-mutation
    return this.value.sum();
  }

  // Correct: allocates the cache separately from the value.
  ensureCache(): NDArray {
    if (this.cache === null || this.cache.size !== this.value.size) {
      this.cache = zeros(this.value.size);
    }
    return this.cache;
  }

  // Correct: works on a private copy and returns it.
  softmaxCopy(): NDArray {
    const shifted = this.value.sub(this.value.max());
    for (let i = 0; i < shifted.size; i++) shifted.set(i, Math.exp(shifted.get(i)));
    shifted.idiv(shifted.sum());
    return shifted;
  }

  describe(): string {
    return `${this.name}@v${this.version} ${JSON.stringify(this.value.tolist())}`;
  }
}

class FusionGroup {
  readonly members: TensorNode[] = [];

  add(node: TensorNode): this {
    this.members.push(node);
    return this;
  }

  peak(): number {
    let best = -Infinity;
    for (const m of this.members) best = Math.max(best, m.value.max());
    return best;
  }
}

const logits = new TensorNode("logits", [2, 1, 0.5, 0.5]);
const weights = new TensorNode("weights", [3, 1, 4, 1, 5]);
const scratchless = new TensorNode("tmp", [9, 9, 9]);

logits.scale(0.5);
console.log("softmax(logits):", logits.softmaxCopy().tolist());
console.log("peak after normalise:", weights.normalise());
const cache = weights.ensureCache();
console.log("cache size:", cache.size);
console.log("scratch sum:", scratchless.resetScratch(false));

const group = new FusionGroup().add(logits).add(weights).add(scratchless);
console.log("group peak:", group.peak());
for (const m of group.members) console.log(m.describe());

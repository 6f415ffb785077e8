// A static model registry that clones a lazily built template into independent per-tenant models and fine-tunes each one separately.
import { array, zeros, NDArray } from "ndalias";

interface Template {
  readonly weights: NDArray;
  readonly bias: NDArray;
}

class TenantModel {
  readonly weights: NDArray;
  readonly bias: NDArray;
  updates = 0;

  constructor(readonly tenant: string, template: Template) {
    this.weights = template.weights.copy();
    this.bias = template.bias.copy();
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum() + this.bias.get(0);
  }

  fineTune(x: NDArray, target: number, lr: number): number {
    const err = this.predict(x) - target;
    this.weights.isub(x.mul(lr * err));
    this.bias.isub(lr * err);
    this.updates++;
    return err;
  }

  decay(k: number): number {
    this.weights.imul(k);
    this.bias.slice(":1").imul(k);
    return this.weights.sum();
  }
}

class ModelRegistry {
  private static readonly models = new Map<string, TenantModel>();
  private static template: Template | undefined;

  static base(): Template {
    return (ModelRegistry.template ??= Object.freeze({
      weights: array([0.3, -0.1, 0.8]),
      bias: zeros(1),
    }));
  }

  static forTenant(name: string): TenantModel {
    let model = ModelRegistry.models.get(name);
    if (model === undefined) {
      model = new TenantModel(name, ModelRegistry.base());
      ModelRegistry.models.set(name, model);
    }
    return model;
  }

  static tenants(): string[] {
    return [...ModelRegistry.models.keys()];
  }
}

const samplesA = [array([1, 0, 2]), array([0, 1, 1])];
const samplesB = [array([2, 2, 0]), array([1, 3, 1])];

const modelA = ModelRegistry.forTenant("acme");
const modelB = ModelRegistry.forTenant("globex");

for (let epoch = 0; epoch < 3; epoch++) {
  for (const x of samplesA) modelA.fineTune(x, 1.0, 0.05);
  for (const x of samplesB) modelB.fineTune(x, -1.0, 0.05);
}

console.log("acme weights:", modelA.weights.tolist(), "updates:", modelA.updates);
console.log("globex weights:", modelB.weights.tolist(), "updates:", modelB.updates);
console.log("template weights:", ModelRegistry.base().weights.tolist());

// Report the two most important acme features, scaled to percent.
const picked = modelA.weights.take([0, 2]);
picked.imul(100);
console.log("acme features 0 and 2 (%):", picked.tolist());

// An 8-bit quantised export of the globex weights.
const quantised = modelB.weights.astype("float32");
quantised.imul(127);
for (let i = 0; i < quantised.size; i++) {
  quantised.data[i] = Math.round(quantised.data[i] as number);
}
console.log("globex quantised:", quantised.astype("int8").tolist());

console.log("acme after decay:", ModelRegistry.forTenant("acme").decay(0.9).toFixed(4));
console.log("globex untouched:", modelB.weights.sum().toFixed(4), "tenants:", ModelRegistry.tenants());
console.log("predictions:", modelA.predict(samplesA[0]).toFixed(3), modelB.predict(samplesB[0]).toFixed(3));

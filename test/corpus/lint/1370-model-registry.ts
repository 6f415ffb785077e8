// Model registry service: publishes weight snapshots, checks out editable copies, records lineage and archives versions.
import { array, empty, NDArray } from "ndalias";

class ModelVersion {
  weights: NDArray;
  parent: ModelVersion | null = null;

  constructor(
    readonly tag: string,
    weights: NDArray,
  ) {
    this.weights = weights;
  }

  lineage(): string[] {
    const tags: string[] = [];
    let v: ModelVersion | null = this;
    while (v) {
      tags.push(v.tag);
      v = v.parent;
    }
    return tags;
  }
}

class ModelRegistry {
  private readonly versions = new Map<string, ModelVersion>();
  private latestTag: string | null = null;

  publish(tag: string, weights: NDArray): ModelVersion {
    const version = new ModelVersion(tag, weights.copy());
    if (this.latestTag) {
      version.parent = this.versions.get(this.latestTag) ?? null;
    }
    this.versions.set(tag, version);
    this.latestTag = tag;
    return version;
  }

  checkout(tag: string): NDArray {
    const version = this.versions.get(tag);
    if (!version) throw new Error(`unknown model version ${tag}`);
    return version.weights.copy();
  }

  norm(tag: string): number {
    const w = this.versions.get(tag)?.weights;
    return w ? Math.sqrt(w.mul(w).sum()) : 0;
  }
}

class Archive {
  readonly shelf: NDArray;
  private used = 0;

  constructor(capacity: number) {
    this.shelf = empty(capacity, "object");
  }

  store(version: ModelVersion): number {
    this.shelf.set(this.used, version.weights);
    this.used++;
    return this.used;
  }
}

class FineTuner {
  constructor(private readonly registry: ModelRegistry) {}

  // Returns a fine-tuned copy of the given version; the registry keeps the original.
  tune(tag: string, delta: NDArray, scale: number): NDArray {
    const w = this.registry.checkout(tag);
    w.iadd(delta.mul(scale));
    return w;
  }
}

const registry = new ModelRegistry();
const archive = new Archive(4);
const tuner = new FineTuner(registry);

const trained = array([0.8, -0.2, 0.5, 0.1]);
const v1 = registry.publish("v1", trained);
trained.fill(0);
console.log("trained buffer after reuse:", trained.tolist(), "published v1 norm:", registry.norm("v1").toFixed(3));

const tuned = tuner.tune("v1", array([0.1, 0.1, -0.1, 0.0]), 0.5);
console.log("tuned:", tuned.tolist());
const v2 = registry.publish("v2", tuned);
tuned.imul(0.9);
console.log("decayed draft:", tuned.tolist());
console.log("lineage of v2:", v2.lineage().join(" <- "), "v2 norm:", registry.norm("v2").toFixed(3));

console.log("archived:", archive.store(v1), archive.store(v2));

const rollback = registry.checkout("v1");
rollback.set(0, 0.75);
console.log("rollback candidate:", rollback.tolist(), "v1 norm unchanged:", registry.norm("v1").toFixed(3));

const catalogue = empty(2, "object");
catalogue.set(0, archive.shelf);
catalogue.set(1, rollback);
console.log("catalogue entries:", catalogue.size, "shelf slots:", archive.shelf.size);

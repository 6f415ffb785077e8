// Registers the buffers of a small processing pipeline in object-dtype tables and links the stages front to back.
import { array, empty, zeros, ones, refcount, NDArray } from "ndalias";

class Stage {
  weights: NDArray;
  bestWeights: NDArray;
  downstream: Stage | null = null;
  source: Stage | null = null;
  readonly outputs: NDArray;

  constructor(
    readonly name: string,
    size: number,
  ) {
    this.weights = ones(size).mul(0.5);
    this.bestWeights = this.weights.copy();
    this.outputs = empty(2, "object");
  }

  run(input: NDArray): NDArray {
    const out = input.mul(this.weights);
    this.outputs.set(0, out);
    this.outputs.set(1, input.copy());
    return out;
  }

  adapt(target: NDArray, lr: number): number {
    const last = this.outputs.get(0) as NDArray;
    const err = last.sub(target);
    this.weights.isub(err.mul(lr));
    const loss = err.mul(err).mean();
    if (loss < 0.05) this.bestWeights = this.weights.copy();
    return loss;
  }
}

/** Links each stage to the next one; nothing points backwards. */
function chain(stages: Stage[]): Stage {
  for (let i = 0; i + 1 < stages.length; i++) {
    stages[i].downstream = stages[i + 1];
  }
  return stages[0];
}

/** Records for a monitoring stage which stage it observes. */
function observe(monitor: Stage, observed: Stage): void {
  monitor.source = observed;
}

function runAll(head: Stage, input: NDArray): NDArray {
  let x = input;
  for (let s: Stage | null = head; s !== null; s = s.downstream) {
    x = s.run(x);
  }
  return x;
}

function buildRegistry(stages: Stage[]): NDArray {
  const registry = empty(stages.length, "object");
  for (let i = 0; i < stages.length; i++) {
    registry.set(i, stages[i].weights);
  }
  return registry;
}

function buildIndex(registry: NDArray, scratch: NDArray): NDArray {
  const index = empty(3, "object");
  index.set(0, registry);
  index.set(1, scratch);
  index.set(2, array([registry.size, scratch.size]));
  return index;
}

const stages = [new Stage("scale", 4), new Stage("gate", 4), new Stage("trim", 4)];
const head = chain(stages);
const monitor = new Stage("monitor", 4);
observe(monitor, stages[2]);

const input = array([1, 2, 3, 4]);
const target = array([0.1, 0.2, 0.3, 0.4]);
const losses: number[] = [];
for (let epoch = 0; epoch < 5; epoch++) {
  runAll(head, input);
  losses.push(Number(stages[2].adapt(target, 0.1).toFixed(4)));
}

const scratch = zeros(4);
const registry = buildRegistry(stages);
const index = buildIndex(registry, scratch);
const archive = empty(2, "object");
archive.set(0, index);
archive.set(1, monitor.outputs);

console.log("losses of the last stage:", losses);
console.log("output:", runAll(head, input).tolist());
console.log("registered weights:", (registry.get(0) as NDArray).tolist());
console.log("references to the registry:", refcount(registry), "observed by monitor:", monitor.source?.name);
console.log("archive entries:", archive.size, "best weights of trim:", stages[2].bestWeights.tolist());

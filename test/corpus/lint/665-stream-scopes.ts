// Streaming pipeline with scoped buffer registries: each stage registers its working buffers in an object-dtype scope, processes blocks and releases the scope.
// runnable
import { array, empty, zeros, memoryStats, NDArray } from "ndalias";

const ROOT_SLOT = 0;
const NAME_SLOT = 1;
const FIRST_BUFFER_SLOT = 2;

interface Stage {
  name: string;
  run: (block: NDArray) => NDArray;
}

interface StageReport {
  stage: string;
  mean: number;
  energy: number;
}

function openRootScope(name: string, capacity: number): NDArray {
  const scope = empty(FIRST_BUFFER_SLOT + capacity, "object");
  scope.set(NAME_SLOT, name);
  scope.set(ROOT_SLOT, scope); // expect: no-reference-cycle
  return scope;
}

function openChildScope(root: NDArray, name: string, capacity: number): NDArray {
  const scope = empty(FIRST_BUFFER_SLOT + capacity, "object");
  scope.set(NAME_SLOT, name);
  scope.set(ROOT_SLOT, root);
  return scope;
}

function scopeName(scope: NDArray): string {
  return String(scope.get(NAME_SLOT));
}

function registerBuffer(scope: NDArray, slot: number, buffer: NDArray): void {
  scope.set(FIRST_BUFFER_SLOT + slot, buffer);
}

function bufferAt(scope: NDArray, slot: number): NDArray {
  return scope.get(FIRST_BUFFER_SLOT + slot);
}

function windowOf(samples: NDArray, start: number, stop: number): NDArray {
  return samples.slice(`${start}:${stop}`);
}

function energy(x: NDArray): number {
  return x.mul(x).sum();
}

function report(stage: string, x: NDArray): StageReport {
  return { stage, mean: x.mean(), energy: energy(x) };
}

const STAGES: Stage[] = [
  {
    name: "gain",
    run: (block) => block.mul(2),
  },
  {
    name: "clip",
    run: (block) => {
      const out = block.copy();
      for (let i = 0; i < out.size; i++) {
        out.set(i, Math.max(-1, Math.min(1, out.get(i))));
      }
      return out;
    },
  },
  {
    name: "dc-block",
    run: (block) => block.sub(block.mean()),
  },
];

class StreamProcessor {
  private readonly scope: NDArray;
  private readonly reports: StageReport[] = [];
  private blocks = 0;

  constructor(root: NDArray, private readonly stages: Stage[]) {
    this.scope = openChildScope(root, "processor", stages.length);
  }

  process(block: NDArray): NDArray {
    let current = block;
    this.stages.forEach((stage, i) => {
      current = stage.run(current);
      registerBuffer(this.scope, i, current);
      this.reports.push(report(stage.name, current));
    });
    this.blocks++;
    return current;
  }

  lastOutputOf(stageIndex: number): NDArray {
    return bufferAt(this.scope, stageIndex);
  }

  summary(): string {
    const byStage = new Map<string, number>();
    for (const r of this.reports) {
      byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + r.energy);
    }
    const parts = [...byStage].map(([s, e]) => `${s}=${e.toFixed(3)}`);
    return `${scopeName(this.scope)} processed ${this.blocks} blocks: ${parts.join(", ")}`;
  }

  release(): void {
    this.scope.dispose();
  }
}

const root = openRootScope("pipeline", 2);
const samples = zeros(12);
const incoming = [0.2, 0.4, 0.9, 0.3, -0.2, -0.6, 0.1, 0.5, 0.7, -0.4, -0.1, 0.3];
for (let i = 0; i < incoming.length; i++) {
  samples.set(i, incoming[i]);
}
registerBuffer(root, 0, samples);

const processor = new StreamProcessor(root, STAGES);
const first = processor.process(windowOf(samples, 0, 4).copy());
console.log("first block:", first.tolist());

// The middle block is centred before it is streamed.
const middle = windowOf(samples, 4, 8);
middle.isub(middle.mean()); // expect: no-view-mutation
const second = processor.process(middle);
console.log("second block:", second.tolist());
console.log("all samples:", samples.tolist());

const tail = windowOf(samples, 8, 12).copy();
const third = processor.process(tail);
console.log("third block:", third.tolist(), "tail energy:", energy(tail).toFixed(3));

const clipped = processor.lastOutputOf(1);
console.log("last clip output:", clipped.tolist());
console.log(processor.summary());
console.log("root scope:", scopeName(root), "registered samples:", bufferAt(root, 0).size);

const reference = array([0.2, 0.4, 0.9, 0.3]);
console.log("first block energy:", energy(first).toFixed(3), "reference gain energy:", energy(reference.mul(2)).toFixed(3));

processor.release();
root.dispose();
console.log("memory after release:", memoryStats());

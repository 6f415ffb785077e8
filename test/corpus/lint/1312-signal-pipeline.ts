// Chains signal-processing stages that each own an output buffer, runs a block through them and archives the results.
import { array, zeros, empty, NDArray } from "ndalias";

class Stage {
  output: NDArray;
  peak: NDArray;
  next: Stage | null = null;
  source: Stage | null = null;

  constructor(readonly name: string, size: number, readonly apply: (x: NDArray) => NDArray) {
    this.output = zeros(size);
    this.peak = zeros(size);
  }

  process(input: NDArray): NDArray {
    this.output = this.apply(input);
    this.peak = this.output.copy();
    this.peak.imul(this.peak);
    return this.output;
  }
}

const BLOCK = 6;
const ARCHIVE = empty(3, "object");
const STAGES: Stage[] = [];

function gain(k: number): (x: NDArray) => NDArray {
  return (x) => x.mul(k);
}

function smooth(x: NDArray): NDArray {
  const y = x.copy();
  for (let i = 1; i < y.size - 1; i++) {
    y.set(i, (x.get(i - 1) + x.get(i) + x.get(i + 1)) / 3);
  }
  return y;
}

function rectify(x: NDArray): NDArray {
  const y = x.copy();
  for (let i = 0; i < y.size; i++) {
    y.set(i, Math.abs(y.get(i)));
  }
  return y;
}

function buildPipeline(): Stage {
  const first = new Stage("gain", BLOCK, gain(2));
  const second = new Stage("smooth", BLOCK, smooth);
  const third = new Stage("rectify", BLOCK, rectify);
  first.next = second;
  second.next = third;
  STAGES.push(first, second, third);
  return first;
}

function runPipeline(head: Stage, block: NDArray): NDArray {
  let current = block;
  for (let stage: Stage | null = head; stage !== null; stage = stage.next) {
    current = stage.process(current);
  }
  return current;
}

function archive(slot: number, result: NDArray): void {
  const record = empty(2, "object");
  record.set(0, result.copy());
  record.set(1, array([slot, result.sum()]));
  ARCHIVE.set(slot, record);
}

function strongestStage(): string {
  let best = STAGES[0];
  for (const stage of STAGES) {
    if (stage.peak.max() > best.peak.max()) {
      best = stage;
    }
  }
  return best.name;
}

function attachMonitor(tapped: Stage): Stage {
  const monitor = new Stage("monitor", BLOCK, rectify);
  monitor.source = tapped;
  return monitor;
}

const head = buildPipeline();
const blocks = [
  array([0.1, -0.4, 0.3, 0.9, -0.2, 0.05]),
  array([-1.0, 0.5, 0.5, -0.5, 0.25, 0.0]),
  array([0.3, 0.3, -0.3, -0.3, 0.6, -0.6]),
];

blocks.forEach((block, i) => {
  const result = runPipeline(head, block);
  archive(i, result);
  console.log(`block ${i}:`, result.tolist(), "strongest stage:", strongestStage());
});

const lastStage = STAGES[STAGES.length - 1];
const monitor = attachMonitor(lastStage);
const tapped = monitor.source;
const monitored = monitor.process(tapped !== null ? tapped.output : zeros(BLOCK));
console.log("monitor taps:", tapped?.name ?? "none", "monitored level:", monitored.mean().toFixed(3));
console.log("archived blocks:", ARCHIVE.size, "inputs untouched:", blocks[0].tolist());

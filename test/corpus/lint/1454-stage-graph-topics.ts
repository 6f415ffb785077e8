// Wires a small signal-processing graph of stages that notify listeners, registers topic subscribers in object-dtype tables and pushes one frame through.
import { array, empty, zeros, NDArray } from "ndalias";

type StageListener = (stage: Stage) => void;

class Stage {
  readonly buffer: NDArray;
  downstream: Stage | null = null;
  upstream: Stage | null = null;
  private listeners: StageListener[] = [];

  constructor(
    readonly name: string,
    size: number,
    private readonly gain: number,
  ) {
    this.buffer = zeros(size);
  }

  onUpdate(listener: StageListener): void {
    this.listeners.push(listener);
  }

  push(frame: NDArray): void {
    this.buffer.assign(":", frame);
    this.buffer.imul(this.gain);
    for (const listener of this.listeners) {
      listener(this);
    }
    if (this.downstream) {
      this.downstream.push(this.buffer);
    }
  }

  describe(): string {
    const up = this.upstream ? this.upstream.name : "-";
    const down = this.downstream ? this.downstream.name : "-";
    return `${up} -> [${this.name}] -> ${down}`;
  }
}

function buildGraph(size: number): Stage {
  const source = new Stage("source", size, 1);
  const filter = new Stage("filter", size, 0.5);
  const sink = new Stage("sink", size, 2);
  source.downstream = filter;
  filter.upstream = source; // expect: no-reference-cycle
  filter.downstream = sink;
  return source;
}

function buildTopicTables(stage: Stage): NDArray {
  const topics = empty(2, "object");
  const subscribers = empty(3, "object");
  subscribers.set(0, stage.buffer);
  subscribers.set(1, zeros(stage.buffer.size));
  topics.set(0, subscribers);
  topics.set(1, array([1, 2, 3]));
  subscribers.set(2, topics); // expect: no-reference-cycle
  return topics;
}

function buildMetricsTable(stages: Stage[]): NDArray {
  const table = empty(stages.length, "object");
  for (let i = 0; i < stages.length; i++) {
    table.set(i, stages[i].buffer);
  }
  return table;
}

const head = buildGraph(4);
const updates: string[] = [];
head.onUpdate((stage) => updates.push(`${stage.name}: ${stage.buffer.sum()}`));
if (head.downstream) {
  head.downstream.onUpdate((stage) => {
    updates.push(`${stage.name}: ${stage.buffer.sum()}`);
  });
}

head.push(array([1, 2, 3, 4]));

const chain: Stage[] = [];
let node: Stage | null = head;
while (node) {
  chain.push(node);
  console.log(node.describe(), node.buffer.tolist());
  node = node.downstream;
}

const topics = buildTopicTables(head);
const metrics = buildMetricsTable(chain);
console.log("updates:", updates.join("; "));
console.log("topic table size:", topics.size, "metrics table size:", metrics.size);

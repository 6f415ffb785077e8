// Serial DSP graph: nodes own a scratch buffer and are linked into a chain that the host walks block by block.
import { zeros, NDArray } from "ndalias";

type Kernel = (input: NDArray, scratch: NDArray) => NDArray;

class GraphNode {
  scratch: NDArray;
  next: GraphNode | null = null;
  prev: GraphNode | null = null;

  constructor(
    readonly id: string,
    blockSize: number,
    private kernel: Kernel,
  ) {
    this.scratch = zeros(blockSize);
  }

  run(input: NDArray): NDArray {
    return this.kernel(input, this.scratch);
  }
}

class Graph {
  private head: GraphNode | null = null;
  private tail: GraphNode | null = null;
  private count = 0;

  append(node: GraphNode): void {
    if (this.tail === null) {
      this.head = node;
      this.tail = node;
    } else {
      const last = this.tail;
      last.next = node;
      node.prev = last; // expect: no-reference-cycle
      this.tail = node;
    }
    this.count++;
  }

  render(block: NDArray): NDArray {
    let signal = block;
    for (let node = this.head; node !== null; node = node.next) {
      signal = node.run(signal);
    }
    return signal;
  }

  describe(): string {
    const ids: string[] = [];
    for (let node = this.head; node !== null; node = node.next) {
      ids.push(node.id);
    }
    return `${this.count} nodes: ${ids.join(" -> ")}`;
  }

  describeBackwards(): string {
    const ids: string[] = [];
    for (let node = this.tail; node !== null; node = node.prev) {
      ids.push(node.id);
    }
    return ids.join(" <- ");
  }
}

const onePole: Kernel = (input, scratch) => {
  const out = input.copy();
  let z = scratch.get(0);
  for (let i = 0; i < out.size; i++) {
    z = 0.8 * z + 0.2 * out.get(i);
    out.set(i, z);
  }
  return out;
};

const dcBlock: Kernel = (input) => {
  return input.sub(input.mean());
};

const halfGain: Kernel = (input) => input.mul(0.5);

const graph = new Graph();
graph.append(new GraphNode("lowpass", 8, onePole));
graph.append(new GraphNode("dc-block", 8, dcBlock));
graph.append(new GraphNode("trim", 8, halfGain));

const block = zeros(8);
block.slice("::2").fill(1);
block.slice("1::2").fill(-0.5);

const rendered = graph.render(block);
console.log(graph.describe());
console.log(graph.describeBackwards());
console.log("in:", block.tolist());
console.log("out:", rendered.tolist());

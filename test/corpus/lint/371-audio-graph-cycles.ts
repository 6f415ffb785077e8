// Audio processing graph: nodes own output buffers and link downstream; a compressor may key from itself and a delay/filter pair is wired as a feedback loop.
import { linspace, zeros, NDArray } from "ndalias";

class GraphNode {
  output: NDArray;
  next: GraphNode | null = null;
  feedbackFrom: GraphNode | null = null;

  constructor(readonly label: string, blockSize: number, readonly gain = 1) {
    this.output = zeros(blockSize);
  }

  process(input: NDArray): void {
    this.output.assign(":", input.mul(this.gain));
  }
}

class Compressor extends GraphNode {
  envelope: NDArray;
  sidechain: GraphNode;

  constructor(blockSize: number, external?: GraphNode) {
    super("compressor", blockSize, 0.8);
    this.envelope = zeros(blockSize);
    if (external) {
      this.sidechain = external;
    } else {
      this.sidechain = this; // expect: no-reference-cycle
    }
  }
}

/** Editor-side port objects: they hold no audio buffers. */
class Port {
  connectedTo: Port | null = null;
  constructor(readonly name: string) {}
}

function patch(a: Port, b: Port): void {
  a.connectedTo = b;
  b.connectedTo = a;
}

function chain(nodes: GraphNode[]): GraphNode {
  if (nodes.length === 0) throw new Error("cannot chain an empty node list");
  for (let i = 0; i + 1 < nodes.length; i++) {
    nodes[i].next = nodes[i + 1];
  }
  return nodes[0];
}

function wireFeedback(delay: GraphNode, filter: GraphNode): void {
  delay.next = filter;
  filter.feedbackFrom = delay; // expect: no-reference-cycle
}

function render(head: GraphNode, input: NDArray): number {
  const visited = new Set<GraphNode>();
  let node: GraphNode | null = head;
  let signal = input;
  while (node !== null) {
    if (visited.has(node)) break;
    visited.add(node);
    node.process(signal);
    signal = node.output;
    node = node.next;
  }
  return Math.max(signal.max(), -signal.min());
}

const BLOCK = 8;
const osc = new GraphNode("osc", BLOCK);
const delay = new GraphNode("delay", BLOCK, 0.7);
const filter = new GraphNode("filter", BLOCK, 0.9);
const comp = new Compressor(BLOCK);
const head = chain([osc, delay, filter, comp]);
wireFeedback(delay, filter);

const outPort = new Port("delay out");
const inPort = new Port("filter in");
patch(outPort, inPort);

const peak = render(head, linspace(-1, 1, BLOCK));
console.log("graph peak:", peak.toFixed(3), "keyed from:", comp.sidechain.label);
console.log("patched:", outPort.connectedTo?.name, "<->", inPort.connectedTo?.name);

// Builds an insert effect chain whose nodes link to their neighbours, renders one block through it and prints each stage's level.
import { array, zeros, NDArray } from "ndalias";

class EffectNode {
  output: NDArray;
  prev: EffectNode | null = null;
  next: EffectNode | null = null;
  bypassed = false;

  constructor(
    readonly name: string,
    readonly gain: number,
    readonly drive: number,
    blockSize: number,
  ) {
    this.output = zeros(blockSize);
  }

  render(input: NDArray): void {
    this.output.assign(":", input);
    if (this.bypassed) return;
    this.output.imul(this.gain);
    if (this.drive > 0) {
      for (let i = 0; i < this.output.size; i++) {
        this.output.set(i, Math.tanh(this.drive * Number(this.output.get(i))) / Math.tanh(this.drive));
      }
    }
  }

  level(): number {
    return Math.max(this.output.max(), -this.output.min());
  }
}

function connect(upstream: EffectNode, downstream: EffectNode): void {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

function buildChain(names: string[], gains: number[], drives: number[], blockSize: number): EffectNode {
  const nodes = names.map((n, i) => new EffectNode(n, gains[i], drives[i], blockSize));
  for (let i = 1; i < nodes.length; i++) connect(nodes[i - 1], nodes[i]);
  return nodes[0];
}

function runChain(head: EffectNode, block: NDArray): NDArray {
  let signal = block;
  for (let node: EffectNode | null = head; node; node = node.next) {
    node.render(signal);
    signal = node.output;
  }
  return signal.copy();
}

function tail(head: EffectNode): EffectNode {
  let node = head;
  while (node.next) node = node.next;
  return node;
}

function printLevels(head: EffectNode): void {
  for (let node: EffectNode | null = head; node; node = node.next) {
    const from = node.prev ? node.prev.name : "input";
    const db = 20 * Math.log10(Math.max(node.level(), 1e-9));
    console.log(`${from.padEnd(10)} -> ${node.name.padEnd(10)} ${db.toFixed(2)} dB${node.bypassed ? " (bypassed)" : ""}`);
  }
}

const BLOCK = 8;
const chain = buildChain(
  ["gate", "compressor", "saturator", "limiter"],
  [1.0, 0.7, 1.4, 0.9],
  [0, 0, 2.5, 0],
  BLOCK,
);

const input = array([0.1, 0.45, -0.8, 0.95, -0.3, 0.6, -0.05, 0.2]);
const out = runChain(chain, input);
printLevels(chain);
console.log("chain output:", (out.tolist() as number[]).map((x) => Number(x).toFixed(3)).join(" "));

// Bypass the saturator and render again; the second output is a separate array.
const saturator = chain.next?.next;
if (saturator) saturator.bypassed = true;
const out2 = runChain(chain, input);
printLevels(chain);

// Walk back from the limiter to the gate to show the signal path in reverse.
const names: string[] = [];
for (let node: EffectNode | null = tail(chain); node; node = node.prev) names.push(node.name);
console.log("reverse path:", names.join(" <- "));

const diff = out.sub(out2);
console.log("saturator contribution:", (diff.tolist() as number[]).map((x) => Number(x).toFixed(3)).join(" "));
console.log("input untouched:", input.tolist());

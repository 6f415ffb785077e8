// Tiny autograd graph: nodes hold value/grad arrays and child links; a tree is built correctly, but a "tied weights" helper links two nodes to each other and a tape stores itself.
import { array, zeros, empty, NDArray } from "ndalias";

class GraphNode {
  grad: NDArray;
  tiedTo: GraphNode | null = null;
  children: GraphNode[] = [];

  constructor(readonly name: string, readonly value: NDArray) {
    this.grad = zeros(value.shape);
  }

  addChild(child: GraphNode): GraphNode {
    this.children.push(child);
    return child;
  }
}

function buildTree(): GraphNode {
  const root = new GraphNode("loss", array([0]));
  const hidden = root.addChild(new GraphNode("hidden", array([1, 2])));
  hidden.addChild(new GraphNode("w1", array([0.5, -0.5])));
  hidden.addChild(new GraphNode("b1", array([0.1, 0.1])));
  return root;
}

function tieWeights(encoder: GraphNode, decoder: GraphNode): number {
  encoder.tiedTo = decoder;
  decoder.tiedTo = encoder; // expect: no-reference-cycle
  return encoder.value.sum() + decoder.value.sum();
}

function makeTape(length: number): NDArray {
  const tape = empty(length + 1, "object");
  for (let i = 0; i < length; i++) tape.set(i, zeros(2));
  tape.set(length, tape); // expect: no-reference-cycle
  return tape;
}

function countNodes(n: GraphNode): number {
  return 1 + n.children.reduce((acc, c) => acc + countNodes(c), 0);
}

const tree = buildTree();
console.log("tree nodes:", countNodes(tree), "first child:", tree.children[0].name);
const enc = new GraphNode("enc", array([1, 2, 3]));
const dec = new GraphNode("dec", array([3, 2, 1]));
console.log("tied weight total:", tieWeights(enc, dec));
const tape = makeTape(3);
console.log("tape size:", tape.size);

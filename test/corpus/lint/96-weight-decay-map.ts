// Applies weight decay to a network's layers inside a map callback that also reports each layer's norm, then evaluates the network.
import { array, NDArray } from "ndalias";

class Network {
  constructor(readonly layers: NDArray[]) {}
  forward(x: NDArray): NDArray {
    let h = x;
    for (const w of this.layers) h = w.mul(h).add(0);
    return h;
  }
}

function l2(w: NDArray): number {
  return Math.sqrt(w.mul(w).sum());
}

const net = new Network([array([0.5, -1.2, 0.8]), array([1.5, 0.3, -0.4])]);
const decay = 0.99;

const norms = net.layers.map((w) => {
  w.imul(decay); // expect: no-alias-mutation
  return l2(w);
});
console.log("norms after decay:", norms.map((n) => n.toFixed(3)).join(", "));

net.layers.forEach((w) => {
  w.imul(decay);
});

const proposals = net.layers.map((w) => {
  const p = w.copy();
  p.imul(0.5);
  return p;
});
console.log("halved proposals:", proposals.map((p) => p.tolist()));
console.log("output:", net.forward(array([1, 1, 1])).tolist());

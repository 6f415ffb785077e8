// Ties an encoder and a decoder that read each other's embedding tables, renormalises and decays the tables, and reports their norms.
import { array, zeros, NDArray } from "ndalias";

class Module {
  peer: Module | null = null;
  steps = 0;
  constructor(
    readonly name: string,
    public table: NDArray,
  ) {}

  norm(): number {
    return Math.sqrt(this.table.mul(this.table).sum());
  }

  peerNorm(): number {
    return this.peer ? this.peer.norm() : 0;
  }

  renormalise(): number {
    const t = this.table;
    t.idiv(this.norm()); // expect: no-alias-mutation
    return this.table.sum();
  }

  decay(rate: number): number {
    this.table.imul(1 - rate);
    this.steps++;
    return this.steps;
  }
}

function buildPair(vocab: NDArray): { encoder: Module; decoder: Module } {
  return {
    encoder: new Module("encoder", vocab.copy()),
    decoder: new Module("decoder", zeros(vocab.shape)),
  };
}

const vocab = array([
  [0.1, 0.2],
  [0.3, 0.4],
  [0.5, 0.6],
]);
const { encoder, decoder } = buildPair(vocab);
decoder.table.iadd(vocab);

encoder.peer = decoder;
decoder.peer = encoder; // expect: no-reference-cycle

console.log("encoder mass after renormalise:", encoder.renormalise());
console.log("decoder steps:", decoder.decay(0.1));
console.log(`${encoder.name} sees peer norm ${encoder.peerNorm().toFixed(3)}`);
console.log(`${decoder.name} sees peer norm ${decoder.peerNorm().toFixed(3)}`);
console.log("vocab:", vocab.tolist());

// Wires an autoencoder's encoder and decoder so each can reach the other's weights for tied-weight training.
import { array, zeros, NDArray } from "ndalias";

class Encoder {
  weights: NDArray;
  decoder: Decoder | null = null;
  constructor(weights: NDArray) {
    this.weights = weights;
  }
  encode(x: NDArray): number {
    return x.mul(this.weights).sum();
  }
}

class Decoder {
  weights: NDArray;
  encoder: Encoder | null = null;
  constructor(weights: NDArray) {
    this.weights = weights;
  }
  decode(code: number): NDArray {
    return this.weights.mul(code);
  }
}

export function buildAutoencoder(dim: number): { enc: Encoder; dec: Decoder } {
  const enc = new Encoder(zeros(dim));
  const dec = new Decoder(zeros(dim));
  const front = enc;
  const back = dec;
  front.decoder = back;
  back.encoder = front; // expect: no-reference-cycle
  return { enc, dec };
}

export function initialise(enc: Encoder, dec: Decoder, seed: NDArray): void {
  enc.weights.assign(":", seed);
  dec.weights.assign(":", seed.mul(0.5));
}

export function reconstructionError(enc: Encoder, dec: Decoder, x: NDArray): number {
  const recon = dec.decode(enc.encode(x));
  const diff = recon.sub(x);
  return diff.mul(diff).mean();
}

const { enc, dec } = buildAutoencoder(4);
initialise(enc, dec, array([0.5, -0.25, 0.75, 0.1]));
const sample = array([1, 0, 1, 0]);
console.log("reconstruction error:", reconstructionError(enc, dec, sample).toFixed(4));
console.log("tied:", enc.decoder === dec && dec.encoder === enc);

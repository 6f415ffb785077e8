// Wires a predictive encoder to its reconstruction decoder so that each side can inspect the other's reference frame.
import { zeros, full, NDArray } from "ndalias";

class Decoder {
  reference: NDArray;
  encoder: Encoder | null = null;

  constructor(width: number, height: number) {
    this.reference = zeros([height, width]);
  }

  decode(residual: NDArray): NDArray {
    return this.reference.add(residual);
  }

  accept(frame: NDArray): void {
    this.reference.assign(":", frame);
  }
}

class Encoder {
  reference: NDArray;
  decoder: Decoder | null = null;

  constructor(width: number, height: number) {
    this.reference = zeros([height, width]);
  }

  residual(frame: NDArray): NDArray {
    return frame.sub(this.reference);
  }

  commit(frame: NDArray): void {
    this.reference.assign(":", frame);
  }

  drift(): number {
    const dec = this.decoder;
    if (!dec) return 0;
    const d = dec.reference.sub(this.reference);
    return Math.sqrt(d.mul(d).mean());
  }
}

function makeCodec(width: number, height: number): Encoder {
  const enc = new Encoder(width, height);
  const dec = new Decoder(width, height);
  enc.decoder = dec;
  dec.encoder = enc; // expect: no-reference-cycle
  return enc;
}

const encoder = makeCodec(8, 8);
const frames = [full([8, 8], 100), full([8, 8], 104), full([8, 8], 103)];

for (const frame of frames) {
  const res = encoder.residual(frame);
  const dec = encoder.decoder;
  if (dec) {
    const recon = dec.decode(res);
    dec.accept(recon);
  }
  encoder.commit(frame);
  console.log("residual energy:", res.mul(res).sum(), "drift:", encoder.drift());
}

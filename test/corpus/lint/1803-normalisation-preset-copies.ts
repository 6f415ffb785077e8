// Image-normalisation preset whose constructor and setter keep private copies of the channel statistics; normalises a small batch and recalibrates.
import { array, NDArray } from "ndalias";

class NormalisationPreset {
  #mean: NDArray;
  #std: NDArray;
  #label: string;

  constructor(label: string, mean: NDArray, std: NDArray) {
    this.#label = label;
    this.#mean = mean.copy();
    this.#std = std.copy();
  }

  get label(): string {
    return this.#label;
  }

  get mean(): NDArray {
    return this.#mean;
  }

  set mean(value: NDArray) {
    this.#mean = value.copy();
  }

  get std(): NDArray {
    return this.#std;
  }

  set std(value: NDArray) {
    this.#std = value.copy();
  }

  get inverseStd(): NDArray {
    const inv = this.#std.copy();
    for (let i = 0; i < inv.size; i++) {
      inv.set(i, 1 / inv.get(i));
    }
    return inv;
  }

  apply(pixel: NDArray): NDArray {
    const out = pixel.sub(this.#mean);
    out.imul(this.inverseStd);
    return out;
  }

  invert(normalised: NDArray): NDArray {
    const out = normalised.mul(this.#std);
    out.iadd(this.#mean);
    return out;
  }

  describe(): string {
    const m = (this.#mean.tolist() as number[]).map((v) => v.toFixed(3));
    const s = (this.#std.tolist() as number[]).map((v) => v.toFixed(3));
    return `${this.#label}: mean [${m.join(", ")}], std [${s.join(", ")}]`;
  }
}

function channelStats(batch: NDArray[]): [NDArray, NDArray] {
  const total = batch[0].copy();
  for (let i = 1; i < batch.length; i++) {
    total.iadd(batch[i]);
  }
  const mean = total.div(batch.length);
  const spread = batch[0].sub(mean);
  spread.imul(spread);
  for (let i = 1; i < batch.length; i++) {
    const d = batch[i].sub(mean);
    spread.iadd(d.mul(d));
  }
  spread.idiv(batch.length);
  for (let i = 0; i < spread.size; i++) {
    spread.set(i, Math.sqrt(spread.get(i)));
  }
  return [mean, spread];
}

const channelMean = array([0.485, 0.456, 0.406]);
const channelStd = array([0.229, 0.224, 0.225]);
const imagenet = new NormalisationPreset("imagenet", channelMean, channelStd);

// The defaults are reused as scratch for the next preset; the preset keeps its own copy.
channelMean.fill(0.5);
channelStd.fill(0.25);
const centred = new NormalisationPreset("centred", channelMean, channelStd);
console.log(imagenet.describe());
console.log(centred.describe());

const batch = [array([0.9, 0.2, 0.1]), array([0.4, 0.5, 0.6]), array([0.1, 0.8, 0.3])];
const normalised = batch.map((px) => imagenet.apply(px));
normalised.forEach((n, i) => console.log(`pixel ${i}:`, n.tolist()));

const roundTrip = imagenet.invert(normalised[0]);
console.log("round trip of pixel 0:", roundTrip.tolist());

const [batchMean, batchStd] = channelStats(batch);
const snapshot = batchMean.copy();
batchMean.imul(0.5);
batchMean.iadd(imagenet.mean.mul(0.5));
imagenet.mean = batchMean;
imagenet.std = batchStd;
console.log("recalibrated:", imagenet.describe());
console.log("batch mean before blending:", snapshot.tolist(), "after:", batchMean.tolist());
console.log("inverse std:", imagenet.inverseStd.tolist());

// Augmentation stage of a detector training loop: a hierarchy of image transforms applied to a batch of grey crops.
import { array, zeros, NDArray } from "ndalias";

abstract class Transform {
  constructor(readonly name: string) {}

  abstract apply(img: NDArray): NDArray;

  describe(img: NDArray): string {
    return `${this.name}: ${img.shape.join("x")} -> mean ${img.mean().toFixed(2)}`;
  }
}

class Invert extends Transform {
  constructor(private readonly maxValue = 255) {
    super("invert");
  }

  apply(img: NDArray): NDArray {
    const out = img.copy();
    out.imul(-1).iadd(this.maxValue);
    return out;
  }
}

class CenterCrop extends Transform {
  constructor(private readonly size: number) {
    super("center-crop");
  }

  apply(img: NDArray): NDArray {
    const top = Math.floor((img.shape[0] - this.size) / 2);
    const left = Math.floor((img.shape[1] - this.size) / 2);
    return img.slice(`${top}:${top + this.size}, ${left}:${left + this.size}`);
  }
}

class Gamma extends Transform {
  constructor(private readonly gamma: number, name = "gamma") {
    super(name);
  }

  apply(img: NDArray): NDArray {
    const peak = img.max() || 1;
    for (let i = 0; i < img.size; i++) {
      img.data[i] = peak * Math.pow((img.data[i] as number) / peak, this.gamma); // expect: no-alias-mutation
    }
    return img;
  }
}

class SafeGamma extends Gamma {
  constructor(gamma: number) {
    super(gamma, "safe-gamma");
  }

  override apply(img: NDArray): NDArray {
    // hand the parent a private copy so the caller's crop is untouched
    const out = super.apply(img.copy());
    return out;
  }
}

class Brighten extends Transform {
  constructor(private readonly offset: number) {
    super("brighten");
  }

  apply(img: NDArray): NDArray {
    const lit = img.view();
    lit.iadd(this.offset); // expect: no-view-mutation
    return lit;
  }
}

class Compose extends Transform {
  constructor(private readonly stages: Transform[]) {
    super(stages.map((s) => s.name).join("+"));
  }

  apply(img: NDArray): NDArray {
    return this.stages.reduce((acc, stage) => stage.apply(acc), img);
  }
}

function makeCrop(seed: number): NDArray {
  const crop = zeros([6, 6]);
  for (let y = 0; y < 6; y++) {
    for (let x = 0; x < 6; x++) {
      crop.set([y, x], (seed * 31 + y * 17 + x * 11) % 200);
    }
  }
  return crop;
}

const batch = [makeCrop(1), makeCrop(2), makeCrop(3)];
const labels = array([0, 1, 1]);

const pipelines: Transform[] = [
  new Compose([new CenterCrop(4), new Invert()]),
  new SafeGamma(0.8),
  new Gamma(1.2),
  new Brighten(12),
];

for (let i = 0; i < batch.length; i++) {
  const crop = batch[i];
  for (const t of pipelines) {
    const augmented = t.apply(crop);
    console.log(`#${i} label=${labels.get(i)} ${t.describe(augmented)}`);
  }
}

const batchMeans = batch.map((crop) => crop.mean().toFixed(2));
console.log("source crop means:", batchMeans.join(", "));

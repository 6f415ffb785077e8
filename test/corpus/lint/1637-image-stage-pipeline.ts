// Grayscale preprocessing stages (unit range, median background removal, threshold, crop) chained by a pipeline over one patch.
import { array, NDArray } from "ndalias";

abstract class Stage {
  abstract run(img: NDArray): NDArray;

  get label(): string {
    return this.constructor.name;
  }
}

class ToUnitRange extends Stage {
  run(img: NDArray): NDArray {
    const scaled = img.astype("float32");
    scaled.idiv(255); // expect: no-lost-write
    return img;
  }
}

class ToFloat extends Stage {
  run(img: NDArray): NDArray {
    const f = img.astype("float64");
    f.idiv(f.max() || 1);
    return f;
  }
}

class BackgroundSubtract extends Stage {
  constructor(private readonly reference: NDArray) {
    super();
  }

  protected background(): number {
    const flat = this.reference.ravel();
    flat.sort(); // expect: no-view-mutation
    return flat.get(Math.floor(flat.size / 2));
  }

  run(img: NDArray): NDArray {
    return img.sub(this.background());
  }
}

class ClampedBackgroundSubtract extends BackgroundSubtract {
  override run(img: NDArray): NDArray {
    const out = super.run(img);
    for (let i = 0; i < out.size; i++) {
      if ((out.data[i] as number) < 0) out.data[i] = 0;
    }
    return out;
  }
}

class Threshold extends Stage {
  constructor(private readonly level: number) {
    super();
  }

  run(img: NDArray): NDArray {
    const out = img.copy();
    const [h, w] = out.shape;
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        out.set([i, j], out.get(i, j) >= this.level ? 1 : 0);
      }
    }
    return out;
  }
}

class CentreCrop extends Stage {
  constructor(private readonly margin: number) {
    super();
  }

  run(img: NDArray): NDArray {
    const m = this.margin;
    return img.slice(`${m}:-${m}, ${m}:-${m}`);
  }
}

class Pipeline {
  constructor(private readonly stages: Stage[]) {}

  run(img: NDArray): NDArray {
    let x = img;
    for (const stage of this.stages) x = stage.run(x);
    return x;
  }

  describe(): string {
    return this.stages.map((s) => s.label).join(" -> ");
  }
}

function foreground(mask: NDArray): number {
  return mask.sum() / mask.size;
}

const darkFrame = array([
  [12, 10, 11, 13],
  [9, 14, 10, 12],
  [11, 12, 15, 10],
  [10, 11, 12, 9],
]);
const patch = array([
  [20, 18, 40, 22],
  [19, 180, 200, 21],
  [23, 190, 210, 25],
  [18, 22, 24, 20],
]);

const pipeline = new Pipeline([
  new ClampedBackgroundSubtract(darkFrame),
  new ToUnitRange(),
  new ToFloat(),
  new Threshold(0.5),
  new CentreCrop(1),
]);
const mask = pipeline.run(patch);
console.log(pipeline.describe());
console.log("mask:", mask.tolist(), "foreground fraction:", foreground(mask));
console.log("dark frame first row:", darkFrame.slice(0).tolist());

// A small filter framework for CT volumes: a base Filter class, rescale, clip, crop, z-score and invert subclasses, and a pipeline runner.
import { array, NDArray } from "ndalias";

abstract class Filter {
  constructor(readonly name: string) {}

  abstract apply(vol: NDArray): NDArray;

  describe(): string {
    return `Filter(${this.name})`;
  }
}

class RescaleFilter extends Filter {
  constructor(private readonly slope: number, private readonly intercept: number) {
    super("rescale");
  }

  apply(vol: NDArray): NDArray {
    vol.assign("...", vol.mul(this.slope).add(this.intercept)); // expect: no-alias-mutation
    return vol;
  }
}

class ClipFilter extends Filter {
  constructor(private readonly lo: number, private readonly hi: number) {
    super("clip");
  }

  apply(vol: NDArray): NDArray {
    const out = vol.copy();
    for (let i = 0; i < out.size; i++) {
      const v = out.data[i] as number;
      if (v < this.lo) out.data[i] = this.lo;
      else if (v > this.hi) out.data[i] = this.hi;
    }
    return out;
  }
}

class CropFilter extends Filter {
  constructor(private readonly margin: number) {
    super("crop");
  }

  apply(vol: NDArray): NDArray {
    const m = this.margin;
    return vol.slice(":", `${m}:-${m}`, `${m}:-${m}`);
  }
}

class ZScoreFilter extends Filter {
  constructor() {
    super("zscore");
  }

  apply(vol: NDArray): NDArray {
    const flat = vol.ravel();
    const mean = flat.mean();
    flat.isub(mean); // expect: no-view-mutation
    const std = Math.sqrt(flat.mul(flat).mean());
    return flat.div(std > 0 ? std : 1).reshape(...vol.shape);
  }
}

class InvertFilter extends Filter {
  constructor(private readonly maxValue: number) {
    super("invert");
  }

  apply(vol: NDArray): NDArray {
    const out = vol.mul(-1);
    out.iadd(this.maxValue);
    return out;
  }

  applyInPlace(vol: NDArray): void {
    vol.imul(-1);
    vol.iadd(this.maxValue);
  }
}

function runPipeline(input: NDArray, filters: Filter[]): NDArray {
  let current = input;
  for (const f of filters) {
    current = f.apply(current);
    console.log(`  after ${f.describe()}: shape ${current.shape.join("x")}, mean ${current.mean().toFixed(3)}`);
  }
  return current;
}

function makeVolume(): NDArray {
  const rows: number[][][] = [];
  for (let z = 0; z < 2; z++) {
    const slice: number[][] = [];
    for (let r = 0; r < 5; r++) {
      slice.push([0, 1, 2, 3, 4].map((c) => 800 + 40 * z + 25 * r + 10 * c));
    }
    rows.push(slice);
  }
  return array(rows);
}

const stored = makeVolume();
console.log("stored pixel values, mean:", stored.mean());

const pipeline: Filter[] = [
  new RescaleFilter(1, -1024),
  new ClipFilter(-300, 300),
  new CropFilter(1),
  new ZScoreFilter(),
];
const prepared = runPipeline(stored, pipeline);
console.log("prepared:", prepared.slice(0).tolist());

const inverter = new InvertFilter(1);
const inverted = inverter.apply(prepared);
console.log("inverted mean:", inverted.mean().toFixed(3));

const display = prepared.copy();
inverter.applyInPlace(display);
console.log("display range:", display.min().toFixed(3), display.max().toFixed(3));
console.log("stored pixel values after the pipeline, mean:", stored.mean());

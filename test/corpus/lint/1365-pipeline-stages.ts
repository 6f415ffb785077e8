// Preprocessing pipeline of injected stages fed by a data loader: rectifies, scales and standardises a batch, then reports targets.
import { array, NDArray } from "ndalias";

interface Stage {
  readonly name: string;
  run(x: NDArray): NDArray;
}

class ScaleStage implements Stage {
  readonly name = "scale";

  constructor(private readonly factor: number) {}

  run(x: NDArray): NDArray {
    const y = x.copy();
    y.imul(this.factor);
    return y;
  }
}

class RectifyStage implements Stage {
  readonly name = "rectify";

  run(x: NDArray): NDArray {
    for (let i = 0; i < x.size; i++) {
      if (Number(x.get(i)) < 0) x.set(i, -Number(x.get(i))); // expect: no-alias-mutation
    }
    return x;
  }
}

class ShiftStage implements Stage {
  readonly name = "shift";

  constructor(private readonly offset: number) {}

  run(x: NDArray): NDArray {
    return x.add(this.offset);
  }
}

class Pipeline {
  private readonly log: string[] = [];

  constructor(private readonly stages: Stage[]) {}

  run(input: NDArray): NDArray {
    let current = input;
    for (const stage of this.stages) {
      current = stage.run(current);
      this.log.push(`${stage.name}: sum=${current.sum().toFixed(2)}`);
    }
    return current;
  }

  trace(): string {
    return this.log.join("; ");
  }
}

interface Batch {
  inputs: NDArray;
  targets: NDArray;
}

class DataLoader {
  current: Batch;
  private cursor = 0;

  constructor(private readonly rows: number[][], private readonly labels: number[]) {
    this.current = this.load(0);
  }

  private load(start: number): Batch {
    const rows = this.rows.slice(start, start + 2);
    return { inputs: array(rows.flat()), targets: array(this.labels.slice(start, start + 2)) };
  }

  advance(): boolean {
    this.cursor += 2;
    if (this.cursor >= this.rows.length) return false;
    this.current = this.load(this.cursor);
    return true;
  }
}

const loader = new DataLoader(
  [
    [0.5, -1.2, 3.0],
    [-0.7, 2.2, -0.1],
    [1.1, 0.4, -2.5],
    [0.0, -0.3, 0.8],
  ],
  [1.5, 3.0, 0.5, 2.0],
);
const pipeline = new Pipeline([new RectifyStage(), new ScaleStage(0.5), new ShiftStage(1)]);

do {
  const { inputs, targets } = loader.current;
  const features = pipeline.run(inputs);
  console.log("features:", features.tolist(), "raw inputs sum:", inputs.sum());

  const centred = targets.sub(targets.mean());
  console.log("centred targets:", centred.tolist());
} while (loader.advance());

// Report targets relative to the last batch's mean.
const { targets } = loader.current;
targets.isub(targets.mean()); // expect: no-alias-mutation
console.log("relative targets:", targets.tolist());
console.log("stored targets sum:", loader.current.targets.sum(), "trace:", pipeline.trace());

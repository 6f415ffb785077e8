// Runs an image pre-processing pipeline described by stage records, then prints the processed tile, its histogram and timings.
import { array, zeros, NDArray } from "ndalias";

interface Stage {
  name: string;
  enabled: boolean;
  apply: (img: NDArray) => NDArray;
}

const stages: Stage[] = [
  { name: "normalize", enabled: true, apply: (img) => img.div(img.max() || 1) },
  {
    name: "invert",
    enabled: true,
    apply: (img) => {
      const out = img.mul(-1);
      out.iadd(1);
      return out;
    },
  },
  { name: "crop-border", enabled: true, apply: (img) => img.slice("1:-1, 1:-1").copy() },
  {
    name: "threshold",
    enabled: false,
    apply: (img) => {
      const out = img.copy();
      for (let i = 0; i < out.size; i++) {
        out.data[i] = (out.data[i] as number) > 0.5 ? 1 : 0;
      }
      return out;
    },
  },
];

const timings = new Map<string, number>();

function runPipeline(input: NDArray, pipeline: Stage[]): NDArray {
  let current = input.copy();
  for (const stage of pipeline) {
    if (!stage.enabled) continue;
    const t0 = performance.now();
    current = stage.apply(current);
    timings.set(stage.name, performance.now() - t0);
  }
  return current;
}

function histogram(img: NDArray, bins: number): NDArray {
  const hist = zeros(bins);
  for (let i = 0; i < img.size; i++) {
    const v = img.data[img.offset + i] as number;
    const bin = Math.min(bins - 1, Math.floor(v * bins));
    hist.set(bin, hist.get(bin) + 1);
  }
  return hist;
}

const raw = array([
  [10, 12, 11, 10, 9],
  [12, 200, 180, 40, 10],
  [11, 190, 255, 60, 12],
  [10, 50, 70, 30, 11],
  [9, 10, 12, 11, 10],
]);

const processed = runPipeline(raw, stages);
console.log("raw corner:", raw.get(0, 0), "raw peak:", raw.max());

// Mark the tile's top row as a ruler before display.
processed.slice(0).fill(0);
const topRow = processed.slice(0);
console.log("tile:", processed.tolist(), "ruler:", topRow.tolist());

// Median of the tile from a sorted flat copy.
const sortedValues = processed.flatten();
sortedValues.sort();
console.log("median:", sortedValues.get(Math.floor(sortedValues.size / 2)).toFixed(3));

// A debug variant of the first stage shares its function, not any array.
const debugStage: Stage = { ...stages[0], name: "normalize-debug" };
const debugOut = debugStage.apply(raw);
debugOut.imul(100);
console.log("normalised (%):", debugOut.tolist());

const hist = histogram(processed, 4);
console.log("histogram:", hist.tolist());
for (const [name, ms] of timings) {
  console.log(`${name.padEnd(12)} ${ms.toFixed(3)} ms`);
}
console.log("raw still intact:", raw.sum());

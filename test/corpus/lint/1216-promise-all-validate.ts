// Validates train and test feature matrices concurrently, centres the training split and reports split statistics and medians.
import { array, NDArray, ShapeError } from "ndalias";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function checked(name: string, x: NDArray, cols: number): Promise<NDArray> {
  await tick();
  if (x.ndim !== 2 || x.shape[1] !== cols) {
    throw new ShapeError(`${name}: expected (n, ${cols}), got (${x.shape.join(", ")})`);
  }
  return x;
}

async function columnMedian(col: NDArray): Promise<number> {
  await tick();
  col.copy().sort(); // expect: no-lost-write
  return col.get(Math.floor(col.size / 2));
}

async function sortedMedian(col: NDArray): Promise<number> {
  await tick();
  const ordered = col.copy().sort();
  return ordered.get(Math.floor(ordered.size / 2));
}

async function rescaled(x: NDArray, factor: number): Promise<NDArray> {
  await tick();
  const out = x.mul(factor);
  out.isub(out.min());
  return out;
}

function describe(label: string, x: NDArray): string {
  return `${label}: shape=(${x.shape.join(", ")}) mean=${x.mean().toFixed(3)} max=${x.max().toFixed(3)}`;
}

async function loadSplits(): Promise<[NDArray, NDArray]> {
  await tick();
  return [
    array([
      [1.0, 200],
      [2.0, 180],
      [3.0, 260],
      [4.0, 220],
    ]),
    array([
      [2.5, 210],
      [3.5, 240],
    ]),
  ];
}

async function main(): Promise<void> {
  const [rawTrain, rawTest] = await loadSplits();
  console.log(describe("raw train", rawTrain));

  const [train, test] = await Promise.all([
    checked("train", rawTrain, 2),
    checked("test", rawTest, 2),
  ]);

  const trainMean = train.mean();
  train.isub(trainMean); // expect: no-alias-mutation
  console.log(describe("centred train", train));
  console.log(describe("test", test));
  console.log("raw train total for the audit log:", rawTrain.sum());

  const [m1, m2] = await Promise.all([
    columnMedian(rawTest.slice(":", 1)),
    sortedMedian(rawTest.slice(":", 1)),
  ]);
  console.log("median (as written):", m1, "median (sorted copy):", m2);

  const [scaledA, scaledB] = await Promise.all([rescaled(rawTest, 0.5), rescaled(rawTest, 2)]);
  scaledA.iadd(1);
  console.log(describe("scaled test (0.5)", scaledA), describe("scaled test (2)", scaledB));

  const ranges: number[] = [];
  for (const split of [rawTrain, rawTest]) {
    ranges.push(split.max() - split.min());
  }
  console.log("ranges:", ranges.join(", "));
}

try {
  await main();
} catch (err) {
  if (err instanceof ShapeError) {
    console.error("invalid split:", err.message);
  } else {
    throw err;
  }
}

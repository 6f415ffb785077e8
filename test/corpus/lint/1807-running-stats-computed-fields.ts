// Per-split running statistics with fields and accessors named by computed keys; each split owns its buffers, updated in place and summarised per epoch.
import { array, zeros, NDArray } from "ndalias";

const SUM = "sum";
const SUM_SQ = "sumSquares";
const COUNT = "count";
const MEAN = "mean";
const VARIANCE = "variance";

class RunningStats {
  [SUM]: NDArray;
  [SUM_SQ]: NDArray;
  [COUNT] = 0;

  constructor(width: number) {
    this[SUM] = zeros(width);
    this[SUM_SQ] = zeros(width);
  }

  push(x: NDArray): void {
    this[SUM].iadd(x);
    this[SUM_SQ].iadd(x.mul(x));
    this[COUNT] += 1;
  }

  get [MEAN](): NDArray {
    return this[SUM].div(Math.max(1, this[COUNT]));
  }

  get [VARIANCE](): NDArray {
    const n = Math.max(1, this[COUNT]);
    const m = this[SUM].div(n);
    const v = this[SUM_SQ].div(n);
    v.isub(m.mul(m));
    return v;
  }

  reset(): void {
    this[SUM].fill(0);
    this[SUM_SQ].fill(0);
    this[COUNT] = 0;
  }
}

const TRAIN = "train";
const VALID = "valid";

const template = array([0, 0, 0]);
const splits = {
  [TRAIN]: new RunningStats(3),
  [VALID]: new RunningStats(3),
};
const bestSoFar = {
  [TRAIN]: template.copy(),
  [VALID]: template.copy(),
};

function epochMetrics(epoch: number, offset: number): NDArray[] {
  return [
    array([1 / (epoch + 1) + offset, 0.5 + 0.1 * epoch, 0.01 * epoch]),
    array([1.2 / (epoch + 1) + offset, 0.45 + 0.1 * epoch, 0.02 * epoch]),
  ];
}

for (let epoch = 0; epoch < 3; epoch++) {
  splits[TRAIN].reset();
  splits[VALID].reset();
  for (const row of epochMetrics(epoch, 0)) splits[TRAIN].push(row);
  for (const row of epochMetrics(epoch, 0.1)) splits[VALID].push(row);

  const trainMean = splits[TRAIN][MEAN];
  const validMean = splits[VALID][MEAN];
  if (trainMean.get(1) > bestSoFar[TRAIN].get(1)) {
    bestSoFar[TRAIN].assign(":", trainMean);
  }
  if (validMean.get(1) > bestSoFar[VALID].get(1)) {
    bestSoFar[VALID].assign(":", validMean);
  }
  console.log(
    `epoch ${epoch}: train ${JSON.stringify(trainMean.tolist())} valid ${JSON.stringify(validMean.tolist())}`,
    "valid variance", splits[VALID][VARIANCE].tolist(),
  );
}

template.fill(-1);
console.log("template:", template.tolist());
console.log("best train:", bestSoFar[TRAIN].tolist(), "best valid:", bestSoFar[VALID].tolist());

const gap = bestSoFar[TRAIN].sub(bestSoFar[VALID]);
gap.imul(100);
console.log("train/valid gap (%):", gap.tolist());

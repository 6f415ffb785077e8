// A configurable feature pipeline: named transforms live in a registry object and are chained with reduce; void hooks observe rejected rows and calibration runs before export.
import { array, NDArray } from "ndalias";

type Transform = (x: NDArray) => NDArray;

interface Hooks {
  onReject: (row: NDArray, reason: string) => void;
  onStep: (name: string, x: NDArray) => void;
}

const CLIP_LIMIT = 3;
const SENSOR_GAIN = 0.98;

const transforms: Record<string, Transform> = {
  scale: (x) => x.mul(2),
  center: (x) => x.sub(x.mean()),
  standardize: (x) => {
    const z = x.sub(x.mean());
    z.idiv(Math.sqrt(z.mul(z).mean()) || 1);
    return z;
  },
  clip: (x) => {
    for (let i = 0; i < x.size; i++) {
      if (x.get(i) > CLIP_LIMIT) x.set(i, CLIP_LIMIT); // expect: no-alias-mutation
    }
    return x;
  },
  square: (x) => x.mul(x),
};

const rejected: string[] = [];

const hooks: Hooks = {
  onReject: (row, reason) => {
    rejected.push(`${reason}: ${JSON.stringify(row.tolist())}`);
    row.fill(0);
  },
  onStep: (name, x) => {
    console.log(`  after ${name}:`, (x.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
  },
};

function runPipeline(input: NDArray, steps: string[], h: Hooks): NDArray {
  return steps.reduce((acc, name) => {
    const next = transforms[name](acc);
    h.onStep(name, next);
    return next;
  }, input);
}

function applyCalibration(x: NDArray): void {
  x.flatten().imul(SENSOR_GAIN); // expect: no-lost-write
}

function validate(rows: NDArray[], h: Hooks): NDArray[] {
  rows.forEach((row) => {
    if (Number.isNaN(row.sum())) h.onReject(row, "nan");
    else if (row.max() > 100) h.onReject(row, "out of range");
  });
  return rows.filter((row) => row.max() > 0 || row.min() < 0);
}

function columnStats(rows: NDArray[]): { mean: number; spread: number }[] {
  return rows.map((row) => ({ mean: row.mean(), spread: row.max() - row.min() }));
}

const rows = [
  array([0.5, 4.2, 1.5, 2.5]),
  array([2.0, 7.5, 0.1, 1.1]),
  array([250, 1.0, 3.0, 2.0]),
];

const accepted = validate(rows, hooks);
accepted.forEach((row) => applyCalibration(row));

const config = ["clip", "center", "scale"];
const outputs = accepted.map((row, i) => {
  console.log(`row ${i}:`);
  return runPipeline(row, config, hooks);
});

const standardized = accepted.map((row) => transforms.standardize(row));

console.log("rejected:", rejected);
console.log("pipeline outputs:", outputs.map((o) => o.sum().toFixed(3)).join(" "));
console.log("standardized maxima:", standardized.map((z) => z.max().toFixed(3)).join(" "));
console.log("input stats:", columnStats(accepted));
console.log("raw accepted rows:", accepted.map((r) => r.tolist()));

// Data-loading script: parse CSV rows into a matrix, z-score the features into a new matrix, set the bias column before any split view exists, then slice train/test.
import { array, NDArray } from "ndalias";

const RAW = `sqft,rooms,age,price
1400,3,20,245
1600,3,15,312
1700,4,30,279
1875,4,12,308
1100,2,40,199
1550,3,25,219
2350,5,5,405
2450,4,8,324
1425,3,18,319
1700,3,22,255`;

function parse(csv: string): { header: string[]; rows: number[][] } {
  const [head, ...lines] = csv.trim().split("\n");
  return { header: head.split(","), rows: lines.map((l) => l.split(",").map(Number)) };
}

function columnStats(m: NDArray): { mu: NDArray; sd: NDArray } {
  const cols = m.shape[1];
  const mu = array(new Array<number>(cols).fill(0));
  const sd = array(new Array<number>(cols).fill(1));
  for (let j = 0; j < cols; j++) {
    const col = m.slice(":", j);
    const mean = col.mean();
    const centred = col.sub(mean);
    mu.set(j, mean);
    sd.set(j, Math.sqrt(centred.mul(centred).mean()) || 1);
  }
  return { mu, sd };
}

const { header, rows } = parse(RAW);
const table = array(rows);
const features = table.slice(":", `0:${header.length - 1}`);
const target = table.slice(":", -1);

const { mu, sd } = columnStats(features);
const design = array(rows.map((r) => [0, ...r.slice(0, -1)]));
design.slice(":", "1:").isub(mu).idiv(sd);
design.slice(":", 0).fill(1);

const nTrain = Math.floor(rows.length * 0.8);
const trainX = design.slice(`0:${nTrain}`);
const testX = design.slice(`${nTrain}:`);
const trainY = target.slice(`0:${nTrain}`);
const testY = target.slice(`${nTrain}:`);

console.log("feature means:", mu.tolist(), "sds:", (sd.tolist() as number[]).map((v) => v.toFixed(2)));
console.log("train shape:", trainX.shape, "test shape:", testX.shape);
console.log("train target mean:", trainY.mean().toFixed(1), "test target mean:", testY.mean().toFixed(1));
console.log("bias column ok:", trainX.slice(":", 0).min() === 1 && testX.slice(":", 0).max() === 1);
console.log("raw table untouched:", table.get(0, 0), table.get(0, 3));

// Validates design matrices with generic guards, centres their columns for a regression and reports the raw column means.
import { array, zeros, NDArray, ShapeError } from "ndalias";

function ensure2d<T extends NDArray>(x: T, what: string): T {
  if (x.ndim !== 2) {
    throw new ShapeError(`${what}: expected a 2-D matrix, got shape [${x.shape.join(", ")}]`);
  }
  return x;
}

function ensureFinite<T extends NDArray>(x: T): T {
  for (let i = 0; i < x.size; i++) {
    if (!Number.isFinite(x.data[i] as number)) throw new RangeError(`non-finite value at flat index ${i}`);
  }
  return x;
}

function columnMeans<T extends NDArray>(x: T): number[] {
  const means: number[] = [];
  for (let c = 0; c < x.shape[1]; c++) means.push(x.slice(":", c).mean());
  return means;
}

function columnStd(x: NDArray, c: number): number {
  const col = x.slice(":", c);
  const d = col.sub(col.mean());
  return Math.sqrt(d.mul(d).mean());
}

export function demean(x: NDArray): NDArray;
export function demean(x: NDArray, inPlace: boolean): NDArray;
export function demean(x: NDArray, inPlace = false): NDArray {
  const target = inPlace ? x : x.copy();
  target.isub(target.mean()); // expect: no-alias-mutation
  return target;
}

function centredColumns(x: NDArray): NDArray {
  const out = zeros(x.shape);
  for (let c = 0; c < x.shape[1]; c++) {
    const col = x.slice(":", c);
    out.assign(`:, ${c}`, col.sub(col.mean()));
  }
  return out;
}

function fitSlope(xCol: NDArray, y: NDArray): number {
  const xc = xCol.sub(xCol.mean());
  const yc = y.sub(y.mean());
  return xc.mul(yc).sum() / xc.mul(xc).sum();
}

const features = array([
  [1.0, 20.0, 0.5],
  [2.0, 18.0, 0.7],
  [3.0, 25.0, 0.6],
  [4.0, 22.0, 0.9],
]);
const response = array([3.1, 4.9, 7.2, 8.8]);

const design = ensureFinite(ensure2d(features, "features"));
console.log("column means:", columnMeans(design).map((m) => m.toFixed(3)));
console.log("column std:", [0, 1, 2].map((c) => columnStd(design, c).toFixed(3)));

const centred = centredColumns(design);
centred.imul(0.5);
console.log("half-centred design:", centred.tolist());

const slopes = [0, 1, 2].map((c) => fitSlope(design.slice(":", c), response));
console.log("per-column slopes:", slopes.map((s) => s.toFixed(4)));

const responseCentred = demean(response);
console.log("centred response:", responseCentred.tolist());

// Scale the first feature to thousands for the report table.
const reportTable = ensure2d(features, "report table");
reportTable.assign(":, 0", reportTable.slice(":", 0).div(1000)); // expect: no-alias-mutation
console.log("report table:", reportTable.tolist());

console.log("raw column means again:", columnMeans(features).map((m) => m.toFixed(3)));
console.log("response mean:", response.mean().toFixed(3), "design rows:", design.shape[0]);

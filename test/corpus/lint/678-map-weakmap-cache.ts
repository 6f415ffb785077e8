// Caches scaled feature tables in a Map and column-major layouts in a WeakMap, then rescales a table for display and drops a column.
import { array, NDArray } from "ndalias";

interface Dataset {
  name: string;
  table: NDArray;
}

const normCache = new Map<string, NDArray>();
const layoutCache = new WeakMap<Dataset, NDArray>();

function normalised(ds: Dataset): NDArray {
  const hit = normCache.get(ds.name);
  if (hit) return hit;
  const fresh = ds.table.div(ds.table.max());
  normCache.set(ds.name, fresh);
  return fresh;
}

function columnMajor(ds: Dataset): NDArray {
  const hit = layoutCache.get(ds);
  if (hit) return hit;
  const t = ds.table.T;
  layoutCache.set(ds, t);
  return t;
}

function columnMeans(ds: Dataset): number[] {
  const cols = columnMajor(ds);
  const means: number[] = [];
  for (let c = 0; c < cols.shape[0]; c++) means.push(cols.slice(c).mean());
  return means;
}

const wine: Dataset = { name: "wine", table: array([[13.2, 1.8], [12.4, 2.1], [14.1, 1.6]]) };
console.log("wine column means:", columnMeans(wine));
const wineScaled = normalised(wine).copy();
wineScaled.imul(2);
console.log("wine doubled scale:", wineScaled.tolist());

const iris: Dataset = {
  name: "iris",
  table: array([[5.1, 3.5, 1.4], [4.9, 3.0, 1.4], [6.2, 2.9, 4.3], [5.9, 3.0, 5.1]]),
};

const features = iris.table.div(iris.table.max());
normCache.set("iris:scaled", features);
layoutCache.set(iris, iris.table.T);

// the dashboard wants percentages
const percent = normCache.get("iris:scaled")!;
percent.imul(100); // expect: no-alias-mutation
console.log("percent of max:", percent.tolist());

// drop the sepal-length column from the column-major copy before plotting
const byColumn = layoutCache.get(iris);
if (byColumn) {
  byColumn.assign(0, 0); // expect: no-view-mutation
  console.log("plotted columns:", byColumn.tolist());
}

console.log("model input:", features.tolist());
console.log("iris table total:", iris.table.sum());

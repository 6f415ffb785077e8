// Schema-driven cast-and-rescale step: every column named in the schema is cast to its target dtype, converted to target units and collected into the output frame.
import { array, NDArray } from "ndalias";

interface ColumnSpec {
  dtype: "float64" | "float32" | "int32";
  scale: number;
  offset: number;
  dropFirst: boolean;
}

const schema: Record<string, ColumnSpec> = {
  temperature: { dtype: "float32", scale: 1.8, offset: 32, dropFirst: false },
  pressure: { dtype: "float64", scale: 0.001, offset: 0, dropFirst: true },
  readings: { dtype: "int32", scale: 1, offset: 0, dropFirst: true },
};

const source: Record<string, NDArray> = {
  temperature: array([21.5, 22.1, 19.8, 23.4]),
  pressure: array([101325, 101290, 101410, 101198]),
  readings: array([4, 7, 2, 9]),
};

function castColumn(col: NDArray, spec: ColumnSpec): NDArray {
  const out = col.astype(spec.dtype);
  out.imul(spec.scale);
  out.iadd(spec.offset);
  return out;
}

// The first sample of some sensors is a warm-up value; blank it in the converted column.
function blankWarmup(col: NDArray): void {
  col.slice(":1").fill(0);
}

function describe(col: NDArray): string {
  return `min=${col.min()} max=${col.max()} mean=${col.mean().toFixed(3)}`;
}

const output: Record<string, NDArray> = {};
for (const [name, spec] of Object.entries(schema)) {
  const converted = castColumn(source[name], spec);
  if (spec.dropFirst) {
    blankWarmup(converted);
  }
  output[name] = converted;
}

const unknownColumns = Object.keys(source).filter((name) => !(name in schema));
if (unknownColumns.length > 0) {
  console.warn("columns without a schema entry:", unknownColumns.join(", "));
}

for (const name of Object.keys(output)) {
  console.log(`${name} (${output[name].dtype}):`, output[name].tolist(), describe(output[name]));
  console.log(`  source ${name}:`, describe(source[name]));
}

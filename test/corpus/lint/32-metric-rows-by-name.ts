// Indexes the rows of a metrics table by metric name, once with forEach and once with reduce, edits rows by name and decays a parameter record by key.
import { array, NDArray } from "ndalias";

const table = array([[0.5, 0.7, 0.6], [120, 180, 150], [3, 9, 4]]);
const names = ["cpu", "latency", "errors"];

const rows: Record<string, NDArray> = {};
names.forEach((name, i) => {
  rows[name] = table.slice(i);
});
rows.latency.idiv(1000); // expect: no-view-mutation
console.log("table in seconds:", table.tolist());

const byName = names.reduce((acc, name, i) => ({ ...acc, [name]: table.slice(i) }), {} as Record<string, NDArray>);
byName.errors.fill(0); // expect: no-view-mutation
console.log("after clearing errors:", table.tolist());

const copies: Record<string, NDArray> = {};
names.forEach((name, i) => {
  copies[name] = table.slice(i).copy();
});
copies.cpu.imul(100);
console.log("cpu (%):", copies.cpu.tolist(), "table cpu:", table.slice(0).tolist());

const params: Record<string, NDArray> = { w: array([1, 2]), b: array([0.5]) };
const weightsForLog = params.w;
for (const key in params) {
  params[key].imul(0.9); // expect: no-alias-mutation
}
console.log("logged weights:", weightsForLog.tolist());

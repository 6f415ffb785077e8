// Per-channel report: forEach callbacks rescale each channel in place on purpose, map callbacks build written copies, but the spread computation centres the very channel it was handed and the summary reads it later.
// runnable
import { array, NDArray } from "ndalias";

const channels: NDArray[] = [array([1, 2, 3, 4]), array([10, 10, 12, 8]), array([0.5, -0.5, 0.25, 0])];
const raw = channels.map((c) => c.copy());

channels.forEach((c) => {
  const range = c.max() - c.min();
  if (range > 0) c.idiv(range);
});

const doubled = raw.map((c) => {
  const z = c.copy();
  z.imul(2);
  return z;
});

const totals = raw.reduce((acc, c) => acc + c.sum(), 0);

const spreads = channels.map((c) => {
  c.isub(c.mean()); // expect: no-alias-mutation
  return Math.sqrt(c.mul(c).mean());
});

const peaks = raw.map((c, i) => {
  const scaled = c.mul(1 / Math.max(1, i));
  scaled.isub(scaled.min());
  return scaled.max();
});

console.log("spreads:", spreads.map((s) => s.toFixed(3)));
console.log("centred channels:", channels.map((c) => c.tolist()));
console.log("doubled raw:", doubled.map((d) => d.tolist()), "raw total:", totals);
console.log("peak-to-peak:", peaks);

function describe(xs: NDArray[]): string[] {
  return xs.map((x, i) => {
    const sorted = x.copy();
    sorted.sort();
    return `ch${i}: median ${((sorted.get(1) + sorted.get(2)) / 2).toFixed(2)}`;
  });
}
console.log(describe(raw).join("; "));

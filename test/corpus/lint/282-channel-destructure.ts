// Grey-world white balance for an RGB+NIR capture split into planes; prints the gains, the balanced image and the archived raw means.
import { array, NDArray } from "ndalias";

const capture = array([
  [[120, 90, 60, 30], [130, 95, 58, 28]],
  [[110, 85, 65, 35], [140, 100, 55, 25]],
]);

const planes: NDArray[] = [0, 1, 2, 3].map((c) => capture.slice(`..., ${c}`).copy());

const luma = ([r, g, b]: readonly NDArray[]): NDArray => r.mul(0.299).add(g.mul(0.587)).add(b.mul(0.114));

function greyWorldGains(ps: readonly NDArray[]): number[] {
  const means = ps.map((p) => p.mean());
  const grey = means.reduce((a, m) => a + m, 0) / Math.max(means.length, 1);
  return means.map((m) => (m === 0 ? 1 : grey / m));
}

const archiveMeans = (ps: readonly NDArray[]): Record<string, number> =>
  Object.fromEntries(ps.map((p, i) => [["R", "G", "B", "NIR"][i] ?? `c${i}`, Number(p.mean().toFixed(2))]));

const saturationReport = (ps: readonly NDArray[], limit = 255): string[] =>
  ps.map((p, i) => `${i}:${p.max() >= limit ? "saturated" : "ok"}`);

function clipToRange(p: NDArray, hi = 255): void {
  for (let i = 0; i < p.size; i++) {
    p.data[i] = Math.min(hi, p.data[i] as number);
  }
}

const [red, green, blue, ...auxiliary] = planes;
const [gr = 1, gg = 1, gb = 1] = greyWorldGains([red, green, blue]);
console.log("gains:", { gr, gg, gb }, "auxiliary planes:", auxiliary.length);

red.imul(gr); // expect: no-alias-mutation
const balancedGreen = green.mul(gg);
blue.imul(gb); // expect: no-alias-mutation

const balanced = luma([red, balancedGreen, blue]);
clipToRange(balanced);
console.log("saturation:", saturationReport([red, balancedGreen, blue]).join(" "));
console.log("balanced luma:", balanced.tolist());

const nirScaled = auxiliary[0]?.div(255) ?? null;
console.log("nir scaled:", nirScaled?.tolist());

console.log("raw red mean:", planes[0].mean(), "raw blue mean:", planes[2].mean());
console.log("archive:", archiveMeans(planes));

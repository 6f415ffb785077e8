// An equaliser preset library: helpers return a preset's field for display, user tweaks always start from copies, and band views are only read.
import { array, NDArray } from "ndalias";

interface Preset {
  readonly name: string;
  gains: NDArray;
  q: NDArray;
}

const library: Record<string, Preset> = {
  flat: { name: "flat", gains: array([0, 0, 0, 0, 0]), q: array([1, 1, 1, 1, 1]) },
  vocal: { name: "vocal", gains: array([-2, 0, 3, 2, -1]), q: array([0.7, 1, 1.4, 1, 0.7]) },
};

function gainsOf(p: Preset): NDArray {
  return p.gains;
}

function loudness(p: Preset): number {
  const g = gainsOf(p);
  const mids = g.slice("1:4");
  return mids.mean() + g.max() * 0.1;
}

function tweaked(p: Preset, boost: number): Preset {
  const gains = gainsOf(p).copy();
  gains.slice("0:2").iadd(boost);
  const { q = array([1, 1, 1, 1, 1]) } = p;
  return { name: `${p.name}+${boost}`, gains, q: q.copy() };
}

const user = tweaked(library.vocal, 1.5);
user.q.imul(1.1);
const ranked = Object.values(library)
  .map((p) => ({ name: p.name, loud: loudness(p) }))
  .sort((a, b) => a.loud - b.loud);
console.log("user:", user.gains.tolist(), user.q.tolist(), "ranked:", ranked);
console.log("library intact:", Object.values(library).map((p) => p.gains.tolist()));

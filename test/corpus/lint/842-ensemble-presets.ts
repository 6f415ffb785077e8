// Builds per-member weight vectors for a small ensemble from named presets, runs a feature ablation and reports the presets.
// runnable
import { array, zeros, full, NDArray } from "ndalias";

interface Preset {
  name: string;
  base?: NDArray;
  scale?: number;
  frozen?: boolean;
}

interface Member {
  name: string;
  weights: NDArray;
}

const DIM = 4;

const PRESETS: Preset[] = [
  { name: "uniform", base: full(DIM, 0.25) },
  { name: "skewed", base: array([0.4, 0.3, 0.2, 0.1]), scale: 2 },
  { name: "blank" },
  { name: "pinned", base: array([1, 0, 0, 0]), frozen: true },
];

function describe(w: NDArray): string {
  return JSON.stringify(w.tolist());
}

function memberFromPreset(preset: Preset, dim: number): Member {
  const { name, base: weights = zeros(dim), scale = 1, frozen = false } = preset;
  if (frozen) {
    return { name, weights: weights.copy() };
  }
  const own = weights.copy();
  own.imul(scale);
  const total = own.sum();
  if (total > 0) {
    own.idiv(total);
  }
  return { name, weights: own };
}

function blend(members: readonly Member[], mix?: number[]): NDArray {
  const out = zeros(DIM);
  members.forEach(({ weights }, i) => {
    out.iadd(weights.mul(mix?.[i] ?? 1 / members.length));
  });
  return out;
}

// Presets without a base get a uniform one, filled in place on the config itself.
for (const preset of PRESETS) {
  preset.base ??= full(DIM, 1 / DIM);
  preset.scale ||= 1;
}

const members = PRESETS.map((p) => memberFromPreset(p, DIM));
const [lead, ...others] = members;
console.log("lead member:", lead.name, describe(lead.weights));
console.log("other members:", others.map((m) => m.name).join(", "));

// Sharpen the second member in place; it owns its weights.
members[1].weights.imul(members[1].weights);
members[1].weights.idiv(members[1].weights.sum());

let consensus = blend(members);
console.log("consensus:", describe(consensus));
consensus = consensus.mul(DIM);
consensus.isub(1);
console.log("consensus vs uniform:", describe(consensus));

// Ablation: how would the skewed preset look with its scale applied to the raw base?
const reference = PRESETS[1];
const { base: ablation = zeros(DIM), scale: gain = 1 } = reference;
ablation.imul(gain); // expect: no-alias-mutation
console.log("ablation:", describe(ablation), "sum:", ablation.sum());

const weighted = blend(members, [0.1, 0.6, 0.2, 0.1]);
const ranking = Array.from({ length: DIM }, (_, k) => ({ k, w: weighted.get(k) as number }))
  .sort((a, b) => b.w - a.w)
  .map(({ k }) => k);
console.log("feature ranking:", ranking);

for (const { name, base, scale = 1 } of PRESETS) {
  console.log(`preset ${name}: base ${base ? describe(base) : "none"} scale ${scale}`);
}
console.log("reference preset:", reference.name, describe(reference.base ?? zeros(DIM)));

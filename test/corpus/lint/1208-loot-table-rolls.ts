// Loot drops for a dungeon crawler: weight tables are copied, boosted and normalised per rarity tier, then rolled with a seeded generator.
import { array, NDArray } from "ndalias";

interface LootTable {
  readonly names: readonly string[];
  readonly weights: NDArray;
  readonly tiers: NDArray; // 0 common, 1 rare, 2 epic
}

const BASE: LootTable = {
  names: ["coin", "potion", "dagger", "shield", "amulet", "dragon scale"],
  weights: array([40, 25, 12, 10, 4, 1]),
  tiers: array([0, 0, 1, 1, 2, 2], "int32"),
};

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

function normalised(weights: NDArray): NDArray {
  const p = weights.astype("float64");
  p.idiv(weights.sum());
  return p;
}

function luckBoost(table: LootTable, luck: number): LootTable {
  const weights = table.weights.copy();
  for (let i = 0; i < weights.size; i++) {
    if (table.tiers.get(i) > 0) weights.set(i, weights.get(i) * (1 + luck * table.tiers.get(i)));
  }
  return { ...table, weights };
}

function tierSubset(table: LootTable, tier: number): LootTable {
  const idx: number[] = [];
  for (let i = 0; i < table.tiers.size; i++) if (table.tiers.get(i) === tier) idx.push(i);
  const weights = table.weights.take(idx);
  weights.iadd(1);
  return { names: idx.map((i) => table.names[i]), weights, tiers: table.tiers.take(idx) };
}

function cumulative(p: NDArray): NDArray {
  const cdf = p.flatten();
  for (let i = 1; i < cdf.size; i++) cdf.set(i, cdf.get(i) + cdf.get(i - 1));
  return cdf;
}

function roll(table: LootTable, draw: () => number): string {
  const cdf = cumulative(normalised(table.weights));
  const u = draw();
  for (let i = 0; i < cdf.size; i++) if (u <= cdf.get(i)) return table.names[i];
  return table.names[table.names.length - 1];
}

function expectedGold(table: LootTable, values: NDArray): number {
  const contribution = normalised(table.weights).mul(values);
  contribution.imul(0.9); // merchant's cut
  return contribution.sum();
}

const draw = rng(2024);
const lucky = luckBoost(BASE, 0.5);
const epicOnly = tierSubset(BASE, 2);
const prices = array([1, 15, 30, 45, 120, 500]);

const drops = Array.from({ length: 8 }, () => roll(lucky, draw));
console.log("lucky run drops:", drops.join(", "));
console.log("epic chest:", roll(epicOnly, draw), "weights", epicOnly.weights.tolist());

const odds = normalised(lucky.weights);
odds.imul(100);
console.log("lucky odds (%):", (odds.tolist() as number[]).map((x) => x.toFixed(1)).join(" "));

const scaled = BASE.weights.mul(2);
scaled.set(5, scaled.get(5) + 3);
console.log("event table:", scaled.tolist(), "total", scaled.sum());

console.log("expected gold, base vs lucky:", expectedGold(BASE, prices).toFixed(2), expectedGold(lucky, prices).toFixed(2));
console.log("base weights unchanged:", BASE.weights.tolist());

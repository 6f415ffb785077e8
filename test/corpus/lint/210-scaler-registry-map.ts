// Feature-scaler registry kept at module level: scalers are registered as copies and replaced rather than mutated, exported helpers iterate Map.entries(), and a manifest lists the scalers in an object array.
import { array, empty, zeros, NDArray } from "ndalias";

const scalers = new Map<string, NDArray>();
const slots = new Map<string, number>();
const usage = zeros(8);

export function register(name: string, scale: NDArray): number {
  scalers.set(name, scale.copy());
  if (!slots.has(name)) slots.set(name, slots.size);
  return scalers.size;
}

export function rescaleAll(factor: number): number {
  let total = 0;
  for (const [name, s] of scalers.entries()) {
    const next = s.mul(factor);
    scalers.set(name, next);
    total += next.sum();
  }
  return total;
}

export function applyScaler(name: string, x: NDArray): NDArray {
  const s = scalers.get(name);
  const slot = slots.get(name) ?? -1;
  if (slot >= 0) usage.set(slot, usage.get(slot) + 1);
  return s ? x.mul(s) : x.copy();
}

export function describe(name: string, stat: "min" | "max" | "mean"): number {
  const s = scalers.get(name);
  if (!s) return Number.NaN;
  switch (stat) {
    case "min":
      return s.min();
    case "max":
      return s.max();
    default:
      return s.mean();
  }
}

export function firstAbove(limit: number): string | undefined {
  let found: string | undefined;
  search: for (const [name, s] of scalers) {
    for (let i = 0; i < s.size; i++) {
      if (s.get(i) > limit) {
        found = name;
        break search;
      }
    }
  }
  return found;
}

export function normalisedCopy(name: string): NDArray | undefined {
  const s = scalers.get(name)?.copy();
  s?.idiv(s.max() || 1);
  return s;
}

export function manifest(): NDArray {
  const m = empty(scalers.size, "object");
  let i = 0;
  for (const s of scalers.values()) m.set(i++, s);
  return m;
}

export function resetUsage(): number {
  const hits = usage.sum();
  usage.fill(0);
  return hits;
}

const base = array([1, 2, 4]);
register("base", base);
base.fill(0);
register("wide", array([0.5, 8, 3]));
const scaled = applyScaler("base", array([1, 1, 1]));
scaled.iadd(1);
console.log("scaled + 1:", scaled.tolist(), "base now:", base.tolist(), "max of base scaler:", describe("base", "max"));
console.log("first above 5:", firstAbove(5), "normalised wide:", normalisedCopy("wide")?.tolist());
console.log("rescaled total:", rescaleAll(2), "manifest size:", manifest().size, "hits:", resetUsage());

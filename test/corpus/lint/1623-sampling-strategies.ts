// Builds sampling distributions from three strategy kinds and draws reproducible samples from each with a seeded generator.
import { array, full, zeros, NDArray } from "ndalias";

type Strategy =
  | { readonly kind: "uniform"; readonly n: number }
  | { readonly kind: "weighted"; readonly weights: NDArray }
  | { readonly kind: "fixed"; readonly probs: NDArray }
  | { readonly kind: "tempered"; readonly logits: NDArray; readonly temperature: number };

function renormalise(p: NDArray): void {
  p.idiv(p.sum());
}

function probabilities(s: Strategy): NDArray {
  let p: NDArray;
  switch (s.kind) {
    case "uniform":
      p = full(s.n, 1);
      break;
    case "weighted":
      p = s.weights.div(s.weights.sum());
      break;
    case "fixed":
      p = s.probs.copy();
      break;
    case "tempered":
      p = s.logits.div(s.temperature);
      for (let i = 0; i < p.size; i++) p.set(i, Math.exp(p.get(i)));
      break;
  }
  renormalise(p);
  return p;
}

function cumulative(p: NDArray): NDArray {
  const c = p.copy();
  for (let i = 1; i < c.size; i++) c.set(i, c.get(i) + c.get(i - 1));
  return c;
}

function makeRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function draw(cdf: NDArray, u: number): number {
  for (let i = 0; i < cdf.size; i++) if (u < cdf.get(i)) return i;
  return cdf.size - 1;
}

function sampleCounts(s: Strategy, draws: number, seed: number): NDArray {
  const cdf = cumulative(probabilities(s));
  const rng = makeRng(seed);
  const counts = zeros(cdf.size);
  for (let k = 0; k < draws; k++) {
    const i = draw(cdf, rng());
    counts.set(i, counts.get(i) + 1);
  }
  return counts;
}

function label(s: Strategy): string {
  return s.kind === "tempered" ? `tempered(T=${s.temperature})` : s.kind;
}

const popularity = array([40, 25, 20, 10, 5]);
const prior = array([0.1, 0.2, 0.4, 0.2, 0.1]);
const logits = array([2.0, 1.0, 0.5, 0.0, -1.0]);

const strategies: readonly Strategy[] = [
  { kind: "uniform", n: 5 },
  { kind: "weighted", weights: popularity },
  { kind: "fixed", probs: prior },
  { kind: "tempered", logits, temperature: 0.5 },
];

for (const s of strategies) {
  const p = probabilities(s);
  const counts = sampleCounts(s, 1000, 42);
  counts.idiv(1000);
  console.log(label(s).padEnd(16), "p:", (p.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
  console.log("".padEnd(16), "freq:", (counts.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
}

const mixed = probabilities(strategies[1]).add(probabilities(strategies[2]));
renormalise(mixed);
console.log("mixture of weighted and fixed:", mixed.tolist());

const sharpened = probabilities({ kind: "tempered", logits, temperature: 0.1 });
sharpened.set(sharpened.size - 1, 0);
renormalise(sharpened);
console.log("sharpened without the last item:", sharpened.tolist());

console.log("inputs untouched:", popularity.tolist(), prior.tolist(), logits.tolist());

// Real-valued genetic algorithm minimising the Rastrigin function with blend crossover, Gaussian mutation and generational replacement.
import { zeros, NDArray } from "ndalias";

const POP = 10;
const DIM = 3;

let seed = 12345;
function rand(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}
function gauss(): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

function rastrigin(x: NDArray): number {
  let total = 10 * x.size;
  for (let g = 0; g < x.size; g++) {
    const v = x.get(g);
    total += v * v - 10 * Math.cos(2 * Math.PI * v);
  }
  return total;
}

function blend(parentA: NDArray, parentB: NDArray, alpha: number): NDArray {
  const child = parentA.mul(alpha);
  child.iadd(parentB.mul(1 - alpha));
  return child;
}

function mutateInPlace(genome: NDArray, sigma: number): void {
  for (let g = 0; g < genome.size; g++) {
    genome.set(g, genome.get(g) + sigma * gauss());
  }
}

let population = zeros([POP, DIM]);
for (let i = 0; i < POP; i++) {
  for (let g = 0; g < DIM; g++) population.set([i, g], (rand() - 0.5) * 10);
}

for (let gen = 0; gen < 60; gen++) {
  const scores = Array.from({ length: POP }, (_, i) => rastrigin(population.slice(i)));
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const parents = population.take(order.slice(0, POP / 2), 0);

  const nextGen = zeros([POP, DIM]);
  nextGen.assign(0, population.slice(order[0]));
  for (let k = 1; k < POP; k++) {
    const a = Math.floor(rand() * parents.shape[0]);
    const b = Math.floor(rand() * parents.shape[0]);
    const child = blend(parents.slice(a), parents.slice(b), rand());
    mutateInPlace(child, 0.3 * (1 - gen / 60));
    nextGen.assign(k, child);
  }
  population = nextGen;
}

const finalScores = Array.from({ length: POP }, (_, i) => rastrigin(population.slice(i)));
const bestIndex = finalScores.indexOf(Math.min(...finalScores));
const champion = population.slice(bestIndex);

const refined = champion.copy();
mutateInPlace(refined, 0.01);
const winner = rastrigin(refined) < rastrigin(champion) ? refined : champion;
console.log("best genome:", winner.tolist(), "score:", rastrigin(winner).toFixed(4));

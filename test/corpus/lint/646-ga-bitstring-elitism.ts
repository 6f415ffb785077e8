// Evolves bit-string genomes towards a target pattern with tournament selection, one-point crossover, mutation and elitism.
import { array, zeros, NDArray } from "ndalias";

const TARGET = array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1]);
const GENES = TARGET.size;
const POP = 8;

let seed = 7;
function rand(): number {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
}

function fitness(genome: NDArray): number {
  let score = 0;
  for (let g = 0; g < GENES; g++) {
    if (genome.get(g) === TARGET.get(g)) score++;
  }
  return score;
}

function tournament(scores: number[]): number {
  const a = Math.floor(rand() * POP);
  const b = Math.floor(rand() * POP);
  return scores[a] >= scores[b] ? a : b;
}

function crossover(parentA: NDArray, parentB: NDArray, cut: number): NDArray {
  const child = parentA;
  child.assign(`${cut}:`, parentB.slice(`${cut}:`)); // expect: no-alias-mutation
  return child;
}

function mutate(genome: NDArray, rate: number): void {
  for (let g = 0; g < GENES; g++) {
    if (rand() < rate) genome.set(g, 1 - genome.get(g));
  }
}

const population = zeros([POP, GENES]);
for (let i = 0; i < POP; i++) {
  for (let g = 0; g < GENES; g++) population.set([i, g], rand() < 0.5 ? 1 : 0);
}

for (let gen = 0; gen < 25; gen++) {
  const scores = Array.from({ length: POP }, (_, i) => fitness(population.slice(i)));
  const best = scores.indexOf(Math.max(...scores));
  if (scores[best] === GENES) {
    console.log(`solved at generation ${gen}`);
    break;
  }
  const elite = population.slice(best);

  const nextGen = zeros([POP, GENES]);
  for (let k = 1; k < POP; k++) {
    const pa = population.slice(tournament(scores)).copy();
    const pb = population.slice(tournament(scores)).copy();
    const child = crossover(pa, pb, 1 + Math.floor(rand() * (GENES - 1)));
    mutate(child, 0.05);
    nextGen.assign(k, child);
  }

  population.assign(":", nextGen); // expect: no-view-mutation
  population.assign(0, elite);
}

const finalScores = Array.from({ length: POP }, (_, i) => fitness(population.slice(i)));
console.log("final fitness:", finalScores.join(" "));
console.log("champion:", population.slice(0).tolist());

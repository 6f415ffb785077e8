// One-dimensional cellular automaton on two preallocated generation buffers, recording every generation and the population curve.
import { array, zeros, NDArray } from "ndalias";

const WIDTH = 16;
const GENERATIONS = 6;

function ruleTable(rule: number): number[] {
  const table: number[] = [];
  for (let pattern = 0; pattern < 8; pattern++) {
    table.push((rule >> pattern) & 1);
  }
  return table;
}

function neighbourhood(cells: NDArray, i: number): number {
  const n = cells.size;
  const left = cells.get((i + n - 1) % n);
  const self = cells.get(i);
  const right = cells.get((i + 1) % n);
  return (left << 2) | (self << 1) | right;
}

function render(cells: NDArray): string {
  return (cells.tolist() as number[]).map((c) => (c ? "#" : ".")).join("");
}

function seed(cells: NDArray, positions: number[]): void {
  cells.fill(0);
  for (const p of positions) cells.set(p, 1);
}

function run(rule: number, positions: number[]): number[] {
  const table = ruleTable(rule);
  let current = zeros(WIDTH, "uint8");
  let next = zeros(WIDTH, "uint8");
  seed(current, positions);
  const population: number[] = [current.sum()];
  const rows: string[] = [render(current)];

  for (let gen = 0; gen < GENERATIONS; gen++) {
    next.flatten().fill(0); // expect: no-lost-write
    for (let i = 0; i < WIDTH; i++) {
      next.set(i, table[neighbourhood(current, i)]); // expect: no-alias-mutation
    }
    current = next;
    population.push(current.sum());
    rows.push(render(current));
  }

  console.log(`rule ${rule}:`);
  for (const row of rows) console.log("  " + row);
  return population;
}

function runWithSwap(rule: number, positions: number[]): number[] {
  const table = ruleTable(rule);
  let current = zeros(WIDTH, "uint8");
  let next = zeros(WIDTH, "uint8");
  seed(current, positions);
  const population: number[] = [current.sum()];
  for (let gen = 0; gen < GENERATIONS; gen++) {
    for (let i = 0; i < WIDTH; i++) {
      next.set(i, table[neighbourhood(current, i)]);
    }
    [current, next] = [next, current];
    population.push(current.sum());
  }
  return population;
}

const rules = new Map<number, number[]>([
  [90, [8]],
  [30, [8]],
  [110, [3, 12]],
]);

const curves = new Map<number, number[]>();
for (const [rule, positions] of rules) {
  const naive = run(rule, positions);
  const swapped = runWithSwap(rule, positions);
  curves.set(rule, swapped);
  const agree = naive.every((v, k) => v === swapped[k]);
  console.log(`rule ${rule} population: ${swapped.join(" ")}${agree ? "" : " (naive run disagrees)"}`);
}

const growth = array([...curves.values()].map((c) => c[c.length - 1] - c[0]));
console.log("net growth per rule:", growth.tolist(), "mean", growth.mean().toFixed(2));

// Cellular-automaton script: runs a 1-D automaton with module-level front/back buffers swapped each generation and prints the history.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const WIDTH = 12;
let FRONT: NDArray = zeros(WIDTH);
let BACK: NDArray = zeros(WIDTH);
const RULES = { survive: [1], born: [1, 2], wrap: true };
const VARIANT = { ...RULES, wrap: false };
const HISTORY: number[][] = [];

function neighbours(cells: NDArray, i: number, wrap: boolean): number {
  const left = i === 0 ? (wrap ? WIDTH - 1 : -1) : i - 1;
  const right = i === WIDTH - 1 ? (wrap ? 0 : -1) : i + 1;
  return (left >= 0 ? cells.get(left) : 0) + (right >= 0 ? cells.get(right) : 0);
}

function generation(rules: typeof RULES): number {
  for (let i = 0; i < WIDTH; i++) {
    const n = neighbours(FRONT, i, rules.wrap);
    const alive = FRONT.get(i) === 1;
    const next = alive ? rules.survive.includes(n) : rules.born.includes(n);
    BACK.set(i, next ? 1 : 0);
  }
  [FRONT, BACK] = [BACK, FRONT];
  return FRONT.sum();
}

function seed(pattern: number[]): number {
  FRONT = array(pattern.concat(new Array<number>(WIDTH - pattern.length).fill(0)));
  BACK = zeros(WIDTH);
  return FRONT.sum();
}

function shifted(by: number): NDArray {
  let out: NDArray = FRONT;
  out = out.take(Array.from({ length: WIDTH }, (_, i) => (i + by + WIDTH) % WIDTH));
  out.slice(":1").fill(0);
  return out;
}

function density(window: number): number[] {
  const counts: number[] = [];
  const snapshot = FRONT.copy();
  snapshot.imul(100 / window);
  for (let s = 0; s + window <= WIDTH; s += window) counts.push(snapshot.slice(`${s}:${s + window}`).sum());
  return counts;
}

function inverted(): NDArray {
  const inv = FRONT.copy();
  inv.isub(1);
  inv.imul(-1);
  return inv;
}

function runs(cells: NDArray): number[] {
  const lengths: number[] = [];
  let current = 0;
  for (let i = 0; i < cells.size; i++) {
    if (cells.get(i) === 1) current++;
    else if (current > 0) {
      lengths.push(current);
      current = 0;
    }
  }
  if (current > 0) lengths.push(current);
  return lengths;
}

function render(cells: NDArray): string {
  return (cells.tolist() as number[]).map((c) => (c === 1 ? "#" : ".")).join("");
}

console.log("seeded:", seed([0, 0, 0, 0, 0, 1]));
for (let g = 0; g < 5; g++) {
  await delay(1);
  const population = generation(g < 3 ? RULES : VARIANT);
  HISTORY.push(FRONT.tolist() as number[]);
  console.log(`gen ${g}: ${render(FRONT)} (${population} alive)`);
}

console.log("density per quarter:", density(3), "runs:", runs(FRONT));
console.log("inverted:", render(inverted()));
console.log("shifted left:", render(shifted(1)), "front unchanged:", render(FRONT));

let previous = FRONT.copy();
generation(RULES);
previous.iadd(FRONT);
console.log("overlap of last two generations:", previous.tolist());

previous = zeros(WIDTH);
previous.fill(1);
console.log("reset mask total:", previous.sum(), "history length:", HISTORY.length);

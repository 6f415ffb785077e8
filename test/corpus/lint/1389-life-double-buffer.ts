// Game of Life on a torus with double buffering: each generation is written into the back buffer, the buffers are swapped, and copies detect cycles.
import { array, zeros, NDArray } from "ndalias";

const H = 8;
const W = 8;

function neighbours(grid: NDArray, r: number, c: number): number {
  let n = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      if (dr !== 0 || dc !== 0) n += grid.get((r + dr + H) % H, (c + dc + W) % W);
    }
  }
  return n;
}

function stepInto(src: NDArray, dst: NDArray): void {
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) {
      const n = neighbours(src, r, c);
      const alive = src.get(r, c) === 1;
      dst.set([r, c], (alive && (n === 2 || n === 3)) || (!alive && n === 3) ? 1 : 0);
    }
  }
}

function stamp(grid: NDArray, pattern: NDArray, r: number, c: number): void {
  const [ph, pw] = pattern.shape;
  grid.slice(`${r}:${r + ph}`, `${c}:${c + pw}`).assign(":", pattern);
}

function sameCells(a: NDArray, b: NDArray): boolean {
  const d = a.sub(b);
  return d.mul(d).sum() === 0;
}

interface Outcome {
  final: NDArray;
  period: number;
  populations: NDArray;
}

function simulate(seed: NDArray, generations: number): Outcome {
  let front = seed.copy();
  let back = zeros(seed.shape);
  const populations = zeros(generations + 1);
  populations.set(0, front.sum());
  const history: NDArray[] = [front.copy()];
  for (let g = 1; g <= generations; g++) {
    stepInto(front, back);
    [front, back] = [back, front];
    populations.set(g, front.sum());
    const seen = history.findIndex((h) => sameCells(h, front));
    if (seen >= 0) {
      return { final: front, period: history.length - seen, populations: populations.slice(`:${g + 1}`).copy() };
    }
    history.push(front.copy());
  }
  return { final: front, period: 0, populations };
}

function render(grid: NDArray): string {
  return (grid.tolist() as number[][]).map((row) => row.map((v) => (v ? "#" : ".")).join("")).join("\n");
}

const glider = array([
  [0, 1, 0],
  [0, 0, 1],
  [1, 1, 1],
]);
const blinker = array([[1, 1, 1]]);

const seed = zeros([H, W]);
stamp(seed, glider, 0, 0);
stamp(seed, blinker, 5, 4);
seed.set([7, 0], 1);

let display: NDArray = seed;
display = display.mul(255);
display.slice(0).fill(128);
console.log("seed population:", seed.sum(), "display first row:", display.slice(0).tolist());

const outcome = simulate(seed, 40);
console.log(render(outcome.final));
console.log("period:", outcome.period, "populations:", outcome.populations.tolist());

const topRow = outcome.final.slice(0);
const topPopulation = topRow.sum();
outcome.final.slice(0).fill(0);
outcome.final.slice(":", 0).fill(0);
console.log("top row had", topPopulation, "cells; interior population:", outcome.final.sum());
console.log("seed unchanged:", seed.sum() === 9);

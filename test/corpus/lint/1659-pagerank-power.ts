// Ranks the pages of a small link graph by power iteration with dangling-node handling, then re-ranks after pruning a page.
import { array, zeros, full, NDArray } from "ndalias";

function transitionMatrix(links: number[][], n: number): { P: NDArray; dangling: number[] } {
  const P = zeros([n, n]);
  const dangling: number[] = [];
  for (let src = 0; src < n; src++) {
    const outs = links[src] ?? [];
    const valid = outs.filter((dst) => dst >= 0 && dst < n && dst !== src);
    if (valid.length === 0) {
      dangling.push(src);
      continue;
    }
    for (const dst of valid) {
      P.set([dst, src], P.get(dst, src) + 1 / valid.length);
    }
  }
  return { P, dangling };
}

function pagerank(P: NDArray, dangling: number[], damping: number, tol: number, maxIter: number): { rank: NDArray; iters: number } {
  const n = P.shape[0];
  if (n === 0) {
    return { rank: zeros(0), iters: 0 };
  }
  let rank = full(n, 1 / n);
  let next = zeros(n);
  let iters = 0;

  power: for (let it = 0; it < maxIter; it++) {
    let danglingMass = 0;
    for (const d of dangling) {
      danglingMass += rank.get(d);
    }
    for (let i = 0; i < n; i++) {
      const row = P.slice(i);
      next.set(i, row.mul(rank).sum());
    }
    next.imul(damping);
    next.iadd((1 - damping + damping * danglingMass) / n);

    const total = next.sum();
    if (total <= 0) {
      break power;
    }
    next.idiv(total);

    let delta = 0;
    for (let i = 0; i < n; i++) {
      delta += Math.abs(next.get(i) - rank.get(i));
    }
    [rank, next] = [next, rank];
    iters = it + 1;
    if (delta < tol) {
      break power;
    }
  }
  return { rank, iters };
}

function pruneNode(links: number[][], victim: number): number[][] {
  const out: number[][] = [];
  for (let src = 0; src < links.length; src++) {
    if (src === victim) continue;
    const kept: number[] = [];
    for (const dst of links[src]) {
      if (dst === victim) continue;
      kept.push(dst > victim ? dst - 1 : dst);
    }
    out.push(kept);
  }
  return out;
}

function ordering(rank: NDArray): number[] {
  const order = rank.tolist() as number[];
  return order.map((score, page) => ({ score, page })).sort((a, b) => b.score - a.score).map((e) => e.page);
}

const links = [[1, 2], [2], [0], [0, 2], []];
const { P, dangling } = transitionMatrix(links, links.length);
const first = pagerank(P, dangling, 0.85, 1e-10, 200);
console.log("iterations:", first.iters, "ranks:", (first.rank.tolist() as number[]).map((r) => r.toFixed(4)));
console.log("order:", ordering(first.rank));

const topBefore = first.rank.take([0, 1, 2]);
topBefore.imul(100);
console.log("top three (%):", topBefore.tolist());

const smaller = pruneNode(links, 2);
let matrix = P;
let danglingNow = dangling;
({ P: matrix, dangling: danglingNow } = transitionMatrix(smaller, smaller.length));
matrix.slice(":", 0).imul(0.5);
const second = pagerank(matrix, danglingNow, 0.85, 1e-10, 200);
console.log("after pruning page 2:", (second.rank.tolist() as number[]).map((r) => r.toFixed(4)));
console.log("original transition sums:", P.sum().toFixed(2), "pruned and damped:", matrix.sum().toFixed(2));

const uniform = full(links.length, 1 / links.length);
const shift = first.rank.sub(uniform);
shift.imul(shift);
console.log("distance from uniform:", Math.sqrt(shift.sum()).toFixed(4), "uniform kept:", uniform.sum().toFixed(2));

// Ranks the pages of a small site graph stored as adjacency lists using power iteration over two swapped rank buffers.
import { full, zeros, NDArray } from "ndalias";

interface Page {
  id: number;
  url: string;
  out: number[];
  inbound: number[];
}

const pages: Page[] = [];
const byUrl = new Map<string, Page>();

function addPage(url: string): Page {
  const existing = byUrl.get(url);
  if (existing !== undefined) return existing;
  const page: Page = { id: pages.length, url, out: [], inbound: [] };
  pages.push(page);
  byUrl.set(url, page);
  return page;
}

function link(from: string, to: string): void {
  const a = addPage(from);
  const b = addPage(to);
  if (a.id === b.id || a.out.includes(b.id)) return;
  a.out.push(b.id);
  b.inbound.push(a.id);
}

function pageRank(damping: number, maxIterations: number, tolerance: number): NDArray {
  const n = pages.length;
  let rank = full(n, 1 / n);
  let next = zeros(n);
  for (let it = 0; it < maxIterations; it++) {
    next.fill((1 - damping) / n);
    let dangling = 0;
    for (const page of pages) {
      const r: number = rank.get(page.id);
      if (page.out.length === 0) {
        dangling += r;
        continue;
      }
      const share = (damping * r) / page.out.length;
      for (const target of page.out) {
        next.set(target, next.get(target) + share);
      }
    }
    next.iadd((damping * dangling) / n);
    const delta = next.sub(rank);
    const change = Math.max(delta.max(), -delta.min());
    [rank, next] = [next, rank];
    if (change < tolerance) {
      console.log(`converged after ${it + 1} iterations (change ${change.toExponential(2)})`);
      break;
    }
  }
  return rank;
}

function topPages(rank: NDArray, k: number): Page[] {
  const order = pages.map((p) => p.id);
  order.sort((a, b) => (rank.get(b) as number) - (rank.get(a) as number));
  return order.slice(0, k).map((id) => pages[id]);
}

function hubScore(page: Page, rank: NDArray): number {
  let total = 0;
  for (const source of page.inbound) total += rank.get(source) as number;
  return total;
}

link("/", "/docs");
link("/", "/blog");
link("/", "/pricing");
link("/docs", "/docs/install");
link("/docs", "/docs/api");
link("/docs/install", "/docs/api");
link("/docs/api", "/docs");
link("/blog", "/blog/launch");
link("/blog/launch", "/pricing");
link("/blog/launch", "/docs/install");
link("/pricing", "/");
link("/docs/api", "/");
addPage("/legal");
link("/", "/legal");

const ranks = pageRank(0.85, 100, 1e-10);
console.log("total rank:", ranks.sum().toFixed(6));

for (const page of topPages(ranks, 4)) {
  console.log(
    page.url.padEnd(16),
    (ranks.get(page.id) as number).toFixed(4),
    "inbound:",
    page.inbound.length,
    "hub:",
    hubScore(page, ranks).toFixed(4),
  );
}

const uniform = full(pages.length, 1 / pages.length);
const lift = ranks.sub(uniform);
console.log("largest lift over uniform:", lift.max().toFixed(4), "smallest:", lift.min().toFixed(4));

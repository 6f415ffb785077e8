// All-pairs shortest paths and hop counts over a weighted road network stored as an adjacency matrix.
import { array, full, NDArray } from "ndalias";

const INF = 1e9;

export function degrees(adj: NDArray): number[] {
  const n = adj.shape[0];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let j = 0; j < n; j++) {
      if (i !== j && adj.get(i, j) < INF) d++;
    }
    out.push(d);
  }
  return out;
}

export function shortestPaths(adj: NDArray): NDArray {
  const n = adj.shape[0];
  const dist = adj;
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const via = dist.get(i, k) + dist.get(k, j);
        if (via < dist.get(i, j)) dist.set([i, j], via); // expect: no-alias-mutation
      }
    }
  }
  return dist;
}

export function hopCounts(adj: NDArray, source: number): NDArray {
  const n = adj.shape[0];
  const hops = full(n, -1);
  hops.set(source, 0);
  const queue = [source];
  while (queue.length > 0) {
    const u = queue.shift()!;
    for (let v = 0; v < n; v++) {
      if (v !== u && adj.get(u, v) < INF && hops.get(v) < 0) {
        hops.set(v, hops.get(u) + 1);
        queue.push(v);
      }
    }
  }
  return hops;
}

const roads = array([
  [0, 4, INF, INF, 9],
  [4, 0, 3, INF, INF],
  [INF, 3, 0, 2, INF],
  [INF, INF, 2, 0, 1],
  [9, INF, INF, 1, 0],
]);

console.log("junction degrees:", degrees(roads).join(", "));
console.log("hops from depot:", hopCounts(roads, 0).tolist());

const maintenance = roads.copy();
maintenance.set([2, 3], INF); // expect: no-lost-write

const dist = shortestPaths(roads);
console.log("depot to all:", dist.slice(0).tolist());
console.log("sum of the road matrix:", roads.sum());

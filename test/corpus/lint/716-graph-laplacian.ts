// Builds a weighted graph Laplacian from an edge list, estimates its dominant eigenvalue and reports node centralities.
import { array, zeros, ones, NDArray } from "ndalias";

type Edge = [number, number, number];

function adjacencyFrom(n: number, edges: Edge[]): NDArray {
  const adj = zeros([n, n]);
  for (const [u, v, w] of edges) {
    adj.set([u, v], w);
    adj.set([v, u], w);
  }
  return adj;
}

function isSymmetric(m: NDArray, tol = 1e-12): boolean {
  const mt = m.T;
  for (let k = 0; k < m.shape[0]; k++) {
    for (let i = k + 1; i < m.shape[1]; i++) {
      if (Math.abs(m.get(k, i) - mt.get(k, i)) > tol) return false;
    }
  }
  return true;
}

function degrees(adj: NDArray): NDArray {
  const n = adj.shape[0];
  const deg = zeros(n);
  for (let i = 0; i < n; i++) deg.set(i, adj.slice(i).sum());
  return deg;
}

function laplacian(adj: NDArray): NDArray {
  const deg = degrees(adj);
  const lap = adj.mul(-1);
  for (let i = 0; i < deg.size; i++) lap.set([i, i], deg.get(i));
  return lap;
}

function normalizedLaplacian(adj: NDArray): NDArray {
  const deg = degrees(adj);
  const lap = laplacian(adj);
  const n = deg.size;
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const scale = Math.sqrt(deg.get(k) * deg.get(i)) || 1;
      lap.set([k, i], lap.get(k, i) / scale);
    }
  }
  return lap;
}

function matVec(m: NDArray, v: NDArray, out: NDArray): void {
  for (let i = 0; i < m.shape[0]; i++) out.set(i, m.slice(i).mul(v).sum());
}

function dominantEigenvalue(m: NDArray, iterations: number): { value: number; vector: NDArray } {
  const n = m.shape[0];
  let [v, w] = [ones(n), zeros(n)];
  v.idiv(Math.sqrt(n));
  let value = 0;
  for (let it = 0; it < iterations; it++) {
    matVec(m, v, w);
    const norm = Math.sqrt(w.mul(w).sum()) || 1;
    w.idiv(norm);
    value = norm;
    [v, w] = [w, v];
  }
  return { value, vector: v };
}

function closeness(adj: NDArray): NDArray {
  const n = adj.shape[0];
  const dist = zeros([n, n]);
  dist.fill(Infinity);
  for (let k = 0; k < n; k++) {
    dist.set([k, k], 0);
    for (let i = k + 1; i < n; i++) {
      if (adj.get(k, i) > 0) {
        dist.set([k, i], 1 / adj.get(k, i));
        dist.set([i, k], 1 / adj.get(k, i));
      }
    }
  }
  for (let via = 0; via < n; via++) {
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n; i++) {
        const through = dist.get(k, via) + dist.get(via, i);
        if (through < dist.get(k, i)) dist.set([k, i], through);
      }
    }
  }
  const scores = zeros(n);
  for (let k = 0; k < n; k++) scores.set(k, (n - 1) / dist.slice(k).sum());
  return scores;
}

const edges: Edge[] = [[0, 1, 2], [0, 2, 1], [1, 2, 1], [2, 3, 3], [3, 4, 1], [4, 5, 2], [3, 5, 1]];
const adj = adjacencyFrom(6, edges);

const upperTriangleView = adj.T;
console.log("symmetric:", isSymmetric(adj), "edge (1,0) seen through T:", upperTriangleView.get(0, 1));

const lap = laplacian(adj);
console.log("row sums of L (should be 0):", degrees(lap).tolist());

const { value, vector } = dominantEigenvalue(lap, 200);
console.log("largest eigenvalue of L ~", value.toFixed(4));
console.log("its eigenvector:", JSON.stringify(vector.tolist()));

const normLap = normalizedLaplacian(adj);
const diagonal = normLap.diagonal();
console.log("normalized Laplacian diagonal:", diagonal.tolist());

const centrality = closeness(adj);
const ranked = centrality.copy();
ranked.sort();
console.log("closeness:", centrality.tolist(), "median:", ranked.get(Math.floor(ranked.size / 2)).toFixed(3));

adj.set([0, 1], 5);
adj.set([1, 0], 5);
console.log("strengthened edge 0-1, new degree of node 0:", degrees(adj).get(0));

const cut = array([1, 1, 1, -1, -1, -1]);
const cutLap = laplacian(adj);
const lapTimesCut = zeros(6);
matVec(cutLap, cut, lapTimesCut);
console.log("cut value x^T L x / 4:", (cut.mul(lapTimesCut).sum() / 4).toFixed(2));

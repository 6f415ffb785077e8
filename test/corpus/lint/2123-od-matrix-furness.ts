// Balances a four-zone origin-destination trip matrix to observed productions and attractions with the Furness method and reports it.
import { array, zeros, NDArray } from "ndalias";

const ZONES = ["CBD", "Harbour", "University", "Airport"];

// generalised travel cost between zones, minutes
const costs = array([
  [4, 12, 15, 28],
  [12, 5, 18, 30],
  [15, 18, 6, 35],
  [28, 30, 35, 8],
]);
const productions = array([5200, 2100, 3300, 900]);
const attractions = array([6100, 1800, 2400, 1200]);

function gravitySeed(cost: NDArray, beta = 0.08): NDArray {
  const seed = cost.mul(-beta);
  for (let i = 0; i < seed.shape[0]; i++) {
    for (let j = 0; j < seed.shape[1]; j++) {
      seed.set([i, j], Math.exp(seed.get(i, j)));
    }
  }
  return seed;
}

function rowSums(m: NDArray): NDArray {
  const sums = zeros(m.shape[0]);
  for (let i = 0; i < m.shape[0]; i++) {
    sums.set(i, m.slice(i).sum());
  }
  return sums;
}

function colSums(m: NDArray): NDArray {
  return rowSums(m.T);
}

function furness(seed: NDArray, rowTargets: NDArray, colTargets: NDArray, iterations = 12): NDArray {
  const trips = seed.copy();
  for (let it = 0; it < iterations; it++) {
    const rs = rowSums(trips);
    for (let i = 0; i < trips.shape[0]; i++) {
      trips.slice(i).imul(rowTargets.get(i) / rs.get(i));
    }
    const cs = colSums(trips);
    for (let j = 0; j < trips.shape[1]; j++) {
      trips.slice(":", j).imul(colTargets.get(j) / cs.get(j));
    }
  }
  return trips;
}

function maxError(trips: NDArray, rowTargets: NDArray, colTargets: NDArray): number {
  const rowErr = rowSums(trips).sub(rowTargets);
  const colErr = colSums(trips).sub(colTargets);
  return Math.max(rowErr.max(), -rowErr.min(), colErr.max(), -colErr.min());
}

function printMatrix(title: string, m: NDArray): void {
  console.log(title);
  for (let i = 0; i < m.shape[0]; i++) {
    const row = m.slice(i).tolist() as number[];
    console.log(`  ${ZONES[i].padEnd(11)}`, row.map((v) => v.toFixed(0).padStart(6)).join(""));
  }
}

const seed = gravitySeed(costs);
const balanced = furness(seed, productions, attractions);
printMatrix("balanced trips:", balanced);
console.log("largest margin error:", maxError(balanced, productions, attractions).toFixed(3));
console.log("seed total (unchanged by balancing):", seed.sum().toFixed(3));

// intrazonal trips are walked, not driven: remove them before assignment
for (let i = 0; i < balanced.shape[0]; i++) {
  balanced.set([i, i], 0);
}
const intrazonal = balanced.diagonal();
console.log("intrazonal car trips after removal:", intrazonal.tolist());

// percentage shares for the report, on a fresh array
const shares = balanced.div(balanced.sum());
shares.imul(100);
printMatrix("share of car trips (%):", shares);

// flatten for the assignment input file, one OD pair per line
const pairs = balanced.reshape(ZONES.length * ZONES.length);
const lines: string[] = [];
for (let k = 0; k < pairs.size; k++) {
  const o = Math.floor(k / ZONES.length);
  const d = k % ZONES.length;
  if (pairs.get(k) > 0) lines.push(`${ZONES[o]},${ZONES[d]},${pairs.get(k).toFixed(1)}`);
}
console.log(lines.join("\n"));

// the peak hour is 11% of daily trips; scale a copy for the peak assignment
const peakHour = balanced.copy();
peakHour.imul(0.11);
console.log("peak-hour car trips:", peakHour.sum().toFixed(0), "daily:", balanced.sum().toFixed(0));

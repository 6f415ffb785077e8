// Table-driven tests for histogram binning: counts per bin, density normalisation and robustness to unsorted input.
import { array, zeros, NDArray } from "ndalias";

function histogram(values: NDArray, edges: number[]): NDArray {
  const counts = zeros(edges.length - 1);
  const sorted = values.flatten();
  sorted.sort();
  let bin = 0;
  for (let i = 0; i < sorted.size; i++) {
    const v = sorted.get(i);
    while (bin < counts.size - 1 && v >= edges[bin + 1]) bin++;
    if (v >= edges[0] && v <= edges[edges.length - 1]) counts.set(bin, counts.get(bin) + 1);
  }
  return counts;
}

function normalizeCounts(counts: NDArray): void {
  const total = counts.sum();
  if (total > 0) counts.idiv(total);
}

function expectedCounts(bins: number, hits: Record<number, number>): NDArray {
  const e = zeros(bins);
  for (const [bin, n] of Object.entries(hits)) e.set(Number(bin), n);
  return e;
}

interface BinCase {
  name: string;
  values: number[];
  edges: number[];
  hits: Record<number, number>;
}

const table: BinCase[] = [
  { name: "ascending", values: [0.1, 0.4, 1.2, 2.5], edges: [0, 1, 2, 3], hits: { 0: 2, 1: 1, 2: 1 } },
  { name: "unsorted", values: [2.9, 0.2, 1.5, 0.7, 1.1], edges: [0, 1, 2, 3], hits: { 0: 2, 1: 2, 2: 1 } },
  { name: "out of range", values: [-1, 0.5, 9], edges: [0, 1], hits: { 0: 1 } },
];

const report: string[] = [];
function it(name: string, body: () => void): void {
  try {
    body();
    report.push(`✔ ${name}`);
  } catch (e) {
    report.push(`✘ ${name}: ${(e as Error).message}`);
  }
}
function assertArraysEqual(actual: NDArray, expected: NDArray): void {
  const a = actual.tolist() as number[];
  const b = expected.tolist() as number[];
  if (a.length !== b.length || a.some((v, i) => Math.abs(v - b[i]) > 1e-12)) {
    throw new Error(`[${a}] != [${b}]`);
  }
}

for (const row of table) {
  it(`counts: ${row.name}`, () => {
    using values = array(row.values);
    using counts = histogram(values, row.edges);
    assertArraysEqual(counts, expectedCounts(row.edges.length - 1, row.hits));
    assertArraysEqual(values, array(row.values));
  });
}

it("density sums to one", () => {
  const counts = histogram(array([0.5, 1.5, 1.7, 2.2]), [0, 1, 2, 3]);
  normalizeCounts(counts);
  assertArraysEqual(counts, array([0.25, 0.5, 0.25]));
});

it("rescaled samples land in wider bins", () => {
  const samples = array([0.5, 1.5, 2.5]);
  const before = histogram(samples, [0, 2, 4, 6]);
  samples.imul(2);
  const after = histogram(samples, [0, 2, 4, 6]);
  assertArraysEqual(before, array([2, 1, 0]));
  assertArraysEqual(after, array([1, 1, 1]));
});

console.log(report.join("\n"));

// Normalises feature batches asynchronously: a Promise.all over groups of arrays reads totals, and a per-batch async mapper rescales each batch it receives.
// runnable
import { array, NDArray } from "ndalias";

const tick = (): Promise<void> => Promise.resolve();

async function groupTotals(groups: NDArray[][]): Promise<number[]> {
  return Promise.all(
    groups.map(async (group) => {
      await tick();
      return group.reduce((s, b) => s + b.sum(), 0);
    }),
  );
}

async function peakNormalise(batches: NDArray[]): Promise<number[]> {
  return Promise.all(
    batches.map(async (b) => {
      await tick();
      const peak = b.max();
      b.idiv(peak); // expect: no-alias-mutation
      return peak;
    }),
  );
}

async function scaledCopies(batches: NDArray[]): Promise<NDArray[]> {
  const out: NDArray[] = [];
  for (const b of batches) {
    await tick();
    const c = b.copy();
    c.imul(2);
    out.push(c);
  }
  return out;
}

async function main(): Promise<void> {
  const groups = [[array([1, 2]), array([3, 4])], [array([10, 20])]];
  console.log("totals:", await groupTotals(groups));
  const doubled = await scaledCopies(groups[0]);
  const peaks = await peakNormalise(groups[0]);
  console.log("peaks:", peaks, "doubled:", doubled.map((d) => d.tolist()));
  console.log("group 0 now:", groups[0].map((b) => b.tolist()));
}

void main();

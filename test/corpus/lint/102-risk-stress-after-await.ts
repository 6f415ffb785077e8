// Runs an asynchronous stress test on a portfolio; the scenario keeps a reference to the live weights across an await and rescales them.
// runnable
import { array, NDArray } from "ndalias";

const PRICES = array([101.5, 48.2, 230.0, 12.75]);
const LIVE_WEIGHTS = array([0.4, 0.3, 0.2, 0.1]);

async function fetchShock(asset: number): Promise<number> {
  await Promise.resolve();
  return asset === 0 ? 0.5 : 1.0;
}

async function stressedValue(): Promise<number> {
  const scenario = LIVE_WEIGHTS;
  await Promise.resolve();
  const shock = await fetchShock(0);
  scenario.set(0, scenario.get(0) * shock); // expect: no-alias-mutation
  return PRICES.mul(scenario).sum();
}

async function hedgedValue(): Promise<number> {
  const hedged = LIVE_WEIGHTS.copy();
  const shocks = await Promise.all([0, 1, 2, 3].map((i) => fetchShock(i)));
  shocks.forEach((s, i) => {
    hedged.set(i, hedged.get(i) * s);
  });
  return PRICES.mul(hedged).sum();
}

function exposure(weights: NDArray): number {
  return weights.sum();
}

async function main(): Promise<void> {
  const hedged = await hedgedValue();
  const stressed = await stressedValue();
  console.log(`hedged=${hedged.toFixed(2)} stressed=${stressed.toFixed(2)}`);
  console.log("live exposure:", exposure(LIVE_WEIGHTS), LIVE_WEIGHTS.tolist());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

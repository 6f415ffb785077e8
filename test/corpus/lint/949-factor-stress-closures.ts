// Builds factor-model stress closures over an asset loadings matrix and prints stressed P&L per factor scenario with a running tally.
import { array, zeros, NDArray } from "ndalias";

type FactorName = "market" | "value" | "momentum";
type FactorShock = Readonly<Partial<Record<FactorName, number>>>;
type Stressor = (shock: FactorShock) => number;

interface StressOptions {
  readonly loadingCap?: number;
  readonly label?: string;
}

const FACTORS: readonly FactorName[] = ["market", "value", "momentum"];

function shockVector(shock: FactorShock): NDArray {
  return array(FACTORS.map((f) => shock[f] ?? 0));
}

function assetMoves(loadings: NDArray, factorMoves: NDArray): NDArray {
  const [nAssets = 0, nFactors = 0] = loadings.shape;
  const moves = zeros(nAssets);
  for (let i = 0; i < nAssets; i++) {
    let m = 0;
    for (let k = 0; k < nFactors; k++) m += loadings.get(i, k) * factorMoves.get(k);
    moves.set(i, m);
  }
  return moves;
}

/** Plain stressor: positions and loadings are only read. */
function makeStressor(loadings: NDArray, positions: NDArray): Stressor {
  return (shock) => assetMoves(loadings, shockVector(shock)).mul(positions).sum();
}

/** Robust stressor: caps extreme betas before applying the shock. */
function makeCappedStressor(loadings: NDArray, positions: NDArray, { loadingCap = 1.5 }: StressOptions = {}): Stressor {
  return (shock) => {
    const flatBetas = loadings.ravel();
    for (let i = 0; i < flatBetas.size; i++) {
      const b = flatBetas.get(i);
      if (Math.abs(b) > loadingCap) {
        flatBetas.set(i, Math.sign(b) * loadingCap); // expect: no-view-mutation
      }
    }
    return assetMoves(loadings, shockVector(shock)).mul(positions).sum();
  };
}

/** A running tally owned by the closure: written only through its own name. */
function makeTally(nScenarios: number) {
  const results = zeros(nScenarios);
  let cursor = 0;
  return {
    record(pnl: number): number {
      results.set(cursor++, pnl);
      return results.sum();
    },
    worst: (): number => results.min(),
    snapshot: (): NDArray => results.copy(),
  } as const;
}

const loadings = array([
  [1.1, 0.3, -0.2],
  [0.8, -0.5, 0.4],
  [2.3, 0.1, 0.9],
  [0.4, 1.8, -0.3],
]);
const positions = array([5e6, 3e6, 1.5e6, 2e6]);

const scenarios: ReadonlyArray<readonly [string, FactorShock]> = [
  ["risk-off", { market: -0.12, momentum: -0.05 }],
  ["value-rotation", { value: 0.08, momentum: -0.1 }],
  ["melt-up", { market: 0.07 }],
];

const plain = makeStressor(loadings, positions);
const capped = makeCappedStressor(loadings, positions, { loadingCap: 1.5, label: "capped" });
const tally = makeTally(scenarios.length);

for (const [name, shock] of scenarios) {
  const raw = plain(shock);
  const robust = capped(shock);
  const running = tally.record(robust);
  console.log(`${name.padEnd(15)} raw=${raw.toFixed(0).padStart(9)} capped=${robust.toFixed(0).padStart(9)} running=${running.toFixed(0)}`);
}

console.log("worst capped scenario P&L:", tally.worst().toFixed(0));
console.log("all capped P&Ls:", tally.snapshot().tolist());
console.log("max beta in the loadings:", loadings.max());

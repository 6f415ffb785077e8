// Regional pricing for a grocery chain: regions list their branches by code, harmonise base prices and can promote a flagship branch.
import { array, zeros, NDArray } from "ndalias";

class Region {
  readonly branchCodes: string[] = [];
  basePrices: NDArray;
  flagship: Branch | null = null;

  constructor(readonly name: string, basePrices: number[]) {
    this.basePrices = array(basePrices);
  }

  get branchCount(): number {
    return this.branchCodes.length;
  }
}

class Branch {
  prices: NDArray;
  sales: NDArray;
  region: Region | null = null;

  constructor(readonly code: string, readonly regionName: string, prices: NDArray) {
    this.prices = prices;
    this.sales = zeros(prices.size);
  }
}

function openBranch(region: Region, code: string, markup: number): Branch {
  const branch = new Branch(code, region.name, region.basePrices.mul(markup));
  region.branchCodes.push(code);
  return branch;
}

function applyInflation(region: Region, rate: number): void {
  region.basePrices.imul(1 + rate);
}

function harmonise(region: Region, priceIndex: number): number {
  region.basePrices.imul(priceIndex); // expect: no-alias-mutation
  return region.basePrices.mean();
}

function promoteToFlagship(region: Region, branch: Branch): void {
  branch.region = region;
  region.flagship = branch; // expect: no-reference-cycle
}

function recordSales(branch: Branch, units: number[]): void {
  branch.sales.iadd(array(units));
}

function revenue(branch: Branch): number {
  return branch.prices.mul(branch.sales).sum();
}

function flagshipPremium(region: Region): number {
  const flagship = region.flagship;
  if (flagship === null) {
    return 0;
  }
  return flagship.prices.sub(region.basePrices).mean();
}

function bestSeller(branch: Branch, names: string[]): string {
  let best = 0;
  for (let i = 1; i < branch.sales.size; i++) {
    if (branch.sales.get(i) > branch.sales.get(best)) {
      best = i;
    }
  }
  return names[best];
}

const products = ["milk", "bread", "eggs", "coffee"];
const north = new Region("north", [1.09, 2.2, 3.15, 6.4]);
const coast = new Region("coast", [1.15, 2.35, 3.3, 6.9]);

const leeds = openBranch(north, "N-014", 1.0);
const york = openBranch(north, "N-022", 1.04);
const brighton = openBranch(coast, "C-003", 1.08);

applyInflation(north, 0.021);
applyInflation(coast, 0.018);
console.log("north base after inflation:", north.basePrices.tolist());

const coastMean = harmonise(coast, 0.985);
console.log(`coast mean base price after harmonising: ${coastMean.toFixed(3)}`);

promoteToFlagship(north, york);

recordSales(leeds, [220, 140, 90, 35]);
recordSales(york, [310, 200, 120, 80]);
recordSales(brighton, [180, 160, 70, 60]);

for (const branch of [leeds, york, brighton]) {
  console.log(
    `${branch.code} (${branch.regionName}): revenue ${revenue(branch).toFixed(2)}, best seller ${bestSeller(branch, products)}`,
  );
}

console.log(`north has ${north.branchCount} branches: ${north.branchCodes.join(", ")}`);
console.log(`coast has ${coast.branchCount} branches: ${coast.branchCodes.join(", ")}`);
console.log(`north flagship premium: ${flagshipPremium(north).toFixed(3)}`);
console.log(`coast flagship premium: ${flagshipPremium(coast).toFixed(3)}`);

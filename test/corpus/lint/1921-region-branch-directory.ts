// Branch directory for a hardware chain: regions list their branches, branches carry their region's code, and managers cover each other.
import { array, empty, zeros, NDArray } from "ndalias";

class Branch {
  readonly sales: NDArray;
  constructor(
    readonly code: string,
    readonly regionCode: string,
    readonly prices: NDArray,
  ) {
    this.sales = zeros(prices.size);
  }
}

class Region {
  readonly branches: Branch[] = [];
  readonly targets: NDArray;
  flagship: Branch | null = null;
  parentCode: string | null = null;

  constructor(readonly code: string, targets: number[]) {
    this.targets = array(targets);
  }

  add(branch: Branch): void {
    this.branches.push(branch);
    if (this.flagship === null) {
      this.flagship = branch;
    }
  }

  totalSales(): NDArray {
    const total = zeros(this.targets.size);
    for (const b of this.branches) {
      total.iadd(b.sales);
    }
    return total;
  }
}

/** Staff records hold no arrays; managers cover each other's shifts. */
class Manager {
  cover: Manager | null = null;
  constructor(readonly name: string, readonly branchCode: string) {}
}

function pairCover(a: Manager, b: Manager): void {
  a.cover = b;
  b.cover = a;
}

function openBranch(region: Region, code: string, markup: number): Branch {
  const branch = new Branch(code, region.code, array([4.5, 12.0, 0.35]).mul(markup));
  region.add(branch);
  return branch;
}

function priceTable(region: Region): NDArray {
  const table = empty(region.branches.length, "object");
  for (let i = 0; i < region.branches.length; i++) {
    table.set(i, region.branches[i].prices.copy());
  }
  return table;
}

const north = new Region("N", [900, 300, 5000]);
const south = new Region("S", [700, 260, 4200]);
north.parentCode = "UK";
south.parentCode = "UK";

const york = openBranch(north, "N-01", 1.0);
const hull = openBranch(north, "N-02", 1.05);
const exeter = openBranch(south, "S-01", 0.98);

york.sales.iadd(array([120, 40, 800]));
hull.sales.iadd(array([90, 35, 650]));
exeter.sales.iadd(array([140, 30, 900]));

const ann = new Manager("Ann", york.code);
const raj = new Manager("Raj", hull.code);
pairCover(ann, raj);
console.log(`${ann.name} is covered by ${ann.cover?.name}, ${raj.name} by ${raj.cover?.name}`);

const regions = new Map<string, Region>([
  [north.code, north],
  [south.code, south],
]);

for (const branch of [york, hull, exeter]) {
  const region = regions.get(branch.regionCode);
  console.log(`${branch.code} belongs to ${region?.code} under ${region?.parentCode}`);
}

for (const region of [north, south]) {
  const achieved = region.totalSales();
  achieved.idiv(region.targets);
  console.log(`${region.code}: ${region.branches.map((b) => b.code).join(", ")}; flagship ${region.flagship?.code}`);
  console.log("  share of target:", achieved.tolist());
  const table = priceTable(region);
  console.log("  price table rows:", table.size, "first row:", (table.get(0) as NDArray).tolist());
}

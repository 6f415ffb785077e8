// Keeps element stiffness matrices per mesh region in object-dtype tables, links regions to their parent region and assembles the global matrix.
import { array, empty, zeros, NDArray } from "ndalias";

class Region {
  readonly elements: NDArray; // object dtype: one 2x2 matrix per element
  readonly firstNode: number;
  parent: Region | null;
  constructor(
    readonly name: string,
    firstNode: number,
    stiffness: number[],
    parent: Region | null,
  ) {
    this.firstNode = firstNode;
    this.parent = parent;
    this.elements = empty(stiffness.length, "object");
    stiffness.forEach((k, e) => {
      this.elements.set(
        e,
        array([
          [k, -k],
          [-k, k],
        ]),
      );
    });
  }
  depth(): number {
    let d = 0;
    for (let r = this.parent; r !== null; r = r.parent) d++;
    return d;
  }
}

interface AssemblyResult {
  regions: NDArray; // object dtype
  K: NDArray;
  owner: Region;
}

function assemble(root: Region, regions: Region[]): AssemblyResult {
  const nNodes = Math.max(...regions.map((r) => r.firstNode + r.elements.size)) + 1;
  const K = zeros([nNodes, nNodes]);
  const table = empty(regions.length, "object");
  regions.forEach((region, i) => {
    table.set(i, region.elements);
    for (let e = 0; e < region.elements.size; e++) {
      const n0 = region.firstNode + e;
      const ke: NDArray = region.elements.get(e);
      K.slice(`${n0}:${n0 + 2}, ${n0}:${n0 + 2}`).iadd(ke);
    }
  });
  const result: AssemblyResult = { regions: table, K, owner: root };
  return result;
}

function condition(K: NDArray): number {
  const d = K.diagonal();
  return d.max() / d.min();
}

const foundation = new Region("foundation", 0, [8e8, 8e8], null);
const core = new Region("core", 2, [5e8, 5e8, 4e8], foundation);
const roof = new Region("roof", 5, [2e8], core);
const regions = [foundation, core, roof];

const result = assemble(foundation, regions);
const K = result.K;
K.set([0, 0], K.get(0, 0) + 1e12);

const summary = empty(2, "object");
summary.set(0, result.regions);
summary.set(1, array(regions.map((r) => r.depth())));

const nested: NDArray = summary.get(0);
const coreTable: NDArray = nested.get(1);
const firstCore: NDArray = coreTable.get(0);

console.log("global size:", K.shape, "condition estimate:", condition(K).toExponential(2));
console.log("region depths:", (summary.get(1) as NDArray).tolist());
console.log("first core element:", firstCore.tolist());
for (const r of regions) {
  console.log(`${r.name}: ${r.elements.size} elements, parent ${r.parent ? r.parent.name : "none"}`);
}
console.log("assembly owner:", result.owner.name, "diagonal:", K.diagonal().tolist());

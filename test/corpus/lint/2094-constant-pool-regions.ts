// Packs folded graph constants into an object-dtype constant pool split into regions, emits offsets for codegen, then releases the pool.
// runnable
import { array, empty, refcount, memoryStats, NDArray } from "ndalias";

interface FoldedConst {
  name: string;
  region: string;
  value: NDArray;
}

interface Placement {
  name: string;
  region: number;
  slot: number;
  offset: number;
}

const folded: FoldedConst[] = [
  { name: "conv1.w", region: "weights", value: array([[0.2, -0.1], [0.4, 0.3]]) },
  { name: "conv1.b", region: "bias", value: array([0.01, -0.02]) },
  { name: "fc.w", region: "weights", value: array([[1, 0, -1], [0.5, 0.5, 0.5]]) },
  { name: "fc.b", region: "bias", value: array([0.0, 0.1]) },
  { name: "ln.gamma", region: "norm", value: array([1, 1, 1]) },
];

function groupByRegion(consts: FoldedConst[]): Map<string, FoldedConst[]> {
  const groups = new Map<string, FoldedConst[]>();
  for (const c of consts) {
    const list = groups.get(c.region) ?? [];
    list.push(c);
    groups.set(c.region, list);
  }
  return groups;
}

// Each region keeps its constants plus, in its last slot, a handle back to the
// pool so that the code generator can walk from a region to its siblings.
function buildPool(groups: Map<string, FoldedConst[]>, placements: Placement[]): NDArray {
  const pool = empty(groups.size, "object");
  let regionIndex = 0;
  let offset = 0;
  for (const consts of groups.values()) {
    const region = empty(consts.length + 1, "object");
    pool.set(regionIndex, region);
    for (let slot = 0; slot < consts.length; slot++) {
      region.set(slot, consts[slot].value);
      placements.push({ name: consts[slot].name, region: regionIndex, slot, offset });
      offset += consts[slot].value.size;
    }
    region.set(consts.length, pool); // expect: no-reference-cycle
    regionIndex += 1;
  }
  return pool;
}

// The index table for the runtime loader only holds plain offsets.
function buildOffsetTable(placements: Placement[]): NDArray {
  const table = empty(placements.length, "int32");
  placements.forEach((p, i) => {
    table.set(i, p.offset);
  });
  return table;
}

function emitLoader(placements: Placement[], offsets: NDArray): string[] {
  const lines: string[] = [];
  for (let i = 0; i < placements.length; i++) {
    const p = placements[i];
    lines.push(`load ${p.name.padEnd(9)} region=${p.region} slot=${p.slot} @${offsets.get(i)}`);
  }
  return lines;
}

const before = memoryStats();
const groups = groupByRegion(folded);
const placements: Placement[] = [];
const pool = buildPool(groups, placements);
const offsets = buildOffsetTable(placements);

for (const line of emitLoader(placements, offsets)) console.log(line);
console.log("regions:", pool.size, "references to the pool:", refcount(pool));
console.log("storages before/after packing:", before.storages, memoryStats().storages);

// Codegen is done: release the pool and the loader table.
offsets.dispose();
pool.dispose();
console.log("storages after release:", memoryStats().storages);

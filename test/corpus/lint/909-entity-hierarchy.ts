// Entity hierarchy bookkeeping: parent links between plain entity records, a parent-index component, and nested object-dtype component tables.
import { array, empty, zeros, NDArray } from "ndalias";

// Plain records: they hold ids and names only; component data lives in the tables below.
class EntityRecord {
  readonly id: number;
  readonly name: string;
  parent: EntityRecord;
  partner: EntityRecord | null = null;
  childCount = 0;
  constructor(id: number, name: string) {
    this.id = id;
    this.name = name;
    this.parent = this; // a root is its own parent
  }
  isRoot(): boolean {
    return this.parent === this;
  }
}

function adopt(parent: EntityRecord, child: EntityRecord): void {
  child.parent = parent;
  parent.childCount++;
}

function pair(a: EntityRecord, b: EntityRecord): void {
  a.partner = b;
  b.partner = a;
}

function rootOf(e: EntityRecord): EntityRecord {
  let node = e;
  while (!node.isRoot()) node = node.parent;
  return node;
}

const records = ["world", "tank", "turret", "barrel", "jeep"].map((n, i) => new EntityRecord(i, n));
adopt(records[0], records[1]);
adopt(records[1], records[2]);
adopt(records[2], records[3]);
adopt(records[0], records[4]);
pair(records[1], records[4]);

// Parent-index component: entity 0 points at itself, which is just a number.
const parentIndex = zeros(records.length, "int32");
for (const r of records) parentIndex.set(r.id, r.parent.id);

function depthOf(id: number): number {
  let d = 0;
  let cur = id;
  while (parentIndex.get(cur) !== cur) {
    cur = parentIndex.get(cur);
    d++;
  }
  return d;
}

// Component tables: one object array per component kind, one slot per entity.
function buildTables(count: number): NDArray {
  const positions = empty(count, "object");
  const velocities = empty(count, "object");
  for (let i = 0; i < count; i++) {
    positions.set(i, array([i * 2, 0]));
    velocities.set(i, zeros(2));
  }
  const tables = empty(2, "object");
  tables.set(0, positions);
  tables.set(1, velocities);
  return tables;
}

// Archetype registry: several archetypes share the same velocity table object (a DAG, not a cycle).
function buildArchetypes(tables: NDArray): NDArray {
  const vehicles = empty(2, "object");
  vehicles.set(0, tables.get(0));
  vehicles.set(1, tables.get(1));
  const props = empty(1, "object");
  props.set(0, tables.get(1));
  const registry = empty(2, "object");
  registry.set(0, vehicles);
  registry.set(1, props);
  return registry;
}

const tables = buildTables(records.length);
const archetypes = buildArchetypes(tables);

for (const r of records) {
  const pos = tables.get(0).get(r.id);
  console.log(
    `${r.name}: parent=${r.parent.name} root=${rootOf(r).name} depth=${depthOf(r.id)}`,
    `children=${r.childCount} partner=${r.partner?.name ?? "-"} pos=${JSON.stringify(pos.tolist())}`,
  );
}
console.log("archetypes:", archetypes.size, "vehicle tables:", archetypes.get(0).size);
